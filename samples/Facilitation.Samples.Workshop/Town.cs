using Facilitation.Methods;

/// <summary>The simulated town: 29 village committee directors, their villages, and what they say.</summary>
internal static class Town
{
    public static readonly string[] Villages = global::Directors.Villages;

    public static readonly string[] Names = global::Directors.Names;

    public static readonly Prompt[] CafeQuestions = [.. global::Directors.CafeQuestions.Select(q => new Prompt(q))];

    public static readonly string[][] Notes =
    [
        ["村民会议难召集，外出的人多", "集体经济薄弱，办事没钱", "矛盾纠纷多，调解靠人情", "上级任务多，村干部疲于应付", "村务公开不到位，群众有疑虑"],
        ["老人助餐和日间照护", "看病远，需要家门口的卫生服务", "孩子放学后没人管", "快递和农产品上行服务", "法律咨询和政策解读"],
        ["议事会先议后决", "让村民小组长带头", "积分制激励参与", "重要事项公开投票", "请乡贤牵头"],
        ["庭院美化要村民自己出主意", "保洁靠志愿者轮值", "服务站延长开放时间", "党员包片联系户", "用好闲置老房做服务点"],
        ["修好通组道路", "建村级养老服务站", "成立村集体合作社", "修订村规民约", "办一次村民议事大会"],
    ];

    public static readonly Dictionary<string, string[]> Resources = new()
    {
        ["people"] = ["退休教师", "返乡青年", "乡贤", "党员志愿者", "巧手妈妈"],
        ["culture"] = ["老戏台", "沪剧队", "村史", "土布纺织", "传统庙会"],
        ["land"] = ["闲置宅基地", "集体建设用地", "河边空地", "老仓库", "低效厂房"],
        ["industry"] = ["水蜜桃", "8424西瓜", "蔬菜合作社", "民宿", "农家乐"],
        ["scenery"] = ["河道", "老宅", "桃林", "田园风光", "古桥"],
    };

    public static readonly Dictionary<string, string[]> Ideas = new()
    {
        ["people"] = ["返乡青年进村两委见习", "退休教师开村民夜校", "乡贤议事会每月一次"],
        ["culture"] = ["老戏台周末演出", "村史馆请老人讲故事", "土布工坊做文创"],
        ["land"] = ["闲置宅基地统一流转", "老仓库改成邻里中心", "河边空地做口袋公园"],
        ["industry"] = ["水蜜桃统一品牌", "民宿联盟统一接待", "合作社直播带货"],
        ["scenery"] = ["环村绿道串起桃林和古桥", "河道清理建观景台", "田园风光摄影节"],
    };

    public static Participant[] Directors() =>
        [.. Names.Select((name, i) => new Participant($"d{i + 1:00}", name, [new("village", Villages[i]), new("role", "村委会主任")]))];
}
