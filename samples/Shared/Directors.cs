// Shared by the samples that seat the directors' workshop (../../../shared/WORKSHOP.md): the workshop sample and the web app's seed café.

/// <summary>The 29 village committee directors of the workshop, their villages (in the same order) and the evening café's five questions.</summary>
internal static class Directors
{
    /// <summary>The directors' names.</summary>
    public static readonly string[] Names =
    [
        "王建国", "李秀英", "张志强", "刘桂兰", "陈海燕", "杨德明", "黄春梅", "赵国华", "吴丽娟", "周永福",
        "徐红霞", "孙文斌", "马玉兰", "朱晓东", "胡淑珍", "郭立新", "何金凤", "林振华", "罗翠花", "高长青",
        "沈卫东", "顾美玲", "陆建华", "钱小平", "蒋伟民", "倪雪芳", "唐志明", "潘玉梅", "奚振宇",
    ];

    /// <summary>The village of each director, by position.</summary>
    public static readonly string[] Villages =
    [
        "桥北村", "六灶湾村", "同治村", "连民村", "海沈村", "远东村", "南滨村", "黄路村", "城南村", "新坛村",
        "陆楼村", "民乐村", "卫民村", "福善村", "幸福村", "六灶村", "永乐村", "牛肚村", "梅园村", "听潮村",
        "东滧村", "西门村", "北城村", "宏祥村", "春光村", "团结村", "红星村", "沈庄村", "周浦村",
    ];

    /// <summary>The five questions of the evening World Café, one per table.</summary>
    public static readonly string[] CafeQuestions =
    [
        "村级治理中最难的问题是什么？",
        "村民最需要的服务是什么？",
        "怎样让村民愿意参与村里的事？",
        "庭院美化和“家门口”服务怎样可持续？",
        "明年村委会最想办成的一件事？",
    ];
}
