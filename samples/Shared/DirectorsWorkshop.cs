// Shared by the workshop sample and the web app's seed workshop: the programme of the directors' two days (../../../shared/WORKSHOP.md).
using System.Collections.Immutable;
using Facilitation.Methods;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;

/// <summary>
/// The directors' two-day workshop: lectures, a town meeting, a field visit, a game and meals as plain blocks, the evening café of
/// day 1, and on day 2 the five-resource inventory, the Open Space and the brainstorm, then the closing; a lead facilitator and two
/// co-facilitators, each leading the blocks that name them.
/// </summary>
internal static class DirectorsWorkshop
{
    /// <summary>The lead facilitator, who chairs the opening, the meeting and the closing.</summary>
    public const string Chair = "陈敏（社区事务办主任）";

    /// <summary>The co-facilitator who runs the café.</summary>
    public const string CafeHost = "周老师（引导师）";

    /// <summary>The co-facilitator who runs the inventory, the Open Space and the brainstorm.</summary>
    public const string OpenSpaceHost = "吴老师（引导师）";

    /// <summary>Builds the programme around the three method designs.</summary>
    /// <param name="at">The time of a day (1 or 2), hour and minute.</param>
    /// <param name="people">The directors.</param>
    /// <param name="cafe">The evening café of day 1.</param>
    /// <param name="openSpace">The Open Space of day 2 (its slots from 14:20).</param>
    /// <param name="brainstorm">The brainstorm after the Open Space.</param>
    /// <returns>The workshop's design.</returns>
    public static WorkshopDesign Programme(
        Func<int, int, int, DateTimeOffset> at, ImmutableArray<Participant> people, WorldCafeDesign cafe, OpenSpaceDesign openSpace, BrainstormDesign brainstorm) => new()
    {
        Title = "农村社区事务广角镜——社区自治成长工作坊",
        Organisers =
        [
            new Organiser("惠南镇社区事务办公室", "主办"), new Organiser("惠南镇社会发展办公室", "主办"),
            new Organiser("惠南社区公益服务社", "承办"), new Organiser("浦东社区治理创新中心", "协办"),
        ],
        Facilitators = [new Facilitator(Chair, FacilitatorRole.Lead), new Facilitator(CafeHost), new Facilitator(OpenSpaceHost)],
        Participants = people,
        Days = [new WorkshopDay(at(1, 8, 30), at(1, 21, 0)) { Title = "治理形势与世界咖啡" }, new WorkshopDay(at(2, 8, 30), at(2, 17, 0)) { Title = "村民自治与开放空间" }],
        Resources = ResourceCategories.FiveResources,
        Blocks =
        [
            new WorkshopBlock("opening", BlockKind.Opening, "开班：平等尊重、公开透明、集思广益", at(1, 8, 30), TimeSpan.FromMinutes(30)) { Speaker = "镇党委书记", Facilitator = Chair, Place = "镇社区学校报告厅" },
            new WorkshopBlock("lecture-1", BlockKind.Lecture, "农村社区治理的形势与案例", at(1, 9, 0), TimeSpan.FromMinutes(150)) { Speaker = "高校讲师", Place = "镇社区学校报告厅" },
            new WorkshopBlock("lunch-1", BlockKind.Meal, "午餐", at(1, 11, 30), TimeSpan.FromMinutes(90)),
            new WorkshopBlock("meeting", BlockKind.Meeting, "庭院美化与“家门口”服务体系推进会（桥北村、六灶湾村、同治村交流）", at(1, 13, 30), TimeSpan.FromMinutes(120)) { Speaker = "副镇长", Facilitator = Chair, Place = "镇政府会议室" },
            new WorkshopBlock("visit", BlockKind.FieldVisit, "参观连民村民宿项目", at(1, 15, 45), TimeSpan.FromMinutes(90)) { Place = "连民村" },
            new WorkshopBlock("dinner-1", BlockKind.Meal, "晚餐", at(1, 17, 30), TimeSpan.FromMinutes(60)),
            WorkshopBlock.WorldCafe("cafe", "世界咖啡", at(1, 19, 0), TimeSpan.FromMinutes(105), cafe) with { Facilitator = CafeHost, Place = "社区学校活动室" },
            new WorkshopBlock("lecture-2", BlockKind.Lecture, "村民自治的实践", at(2, 8, 30), TimeSpan.FromMinutes(90)) { Speaker = "高校讲师", Place = "镇社区学校报告厅" },
            new WorkshopBlock("game", BlockKind.Game, "破冰小游戏", at(2, 10, 15), TimeSpan.FromMinutes(15)) { Speaker = "心理咨询师" },
            new WorkshopBlock("communication", BlockKind.Other, "人际沟通互动课", at(2, 10, 30), TimeSpan.FromMinutes(75)) { Speaker = "心理咨询师" },
            new WorkshopBlock("lunch-2", BlockKind.Meal, "午餐", at(2, 11, 45), TimeSpan.FromMinutes(75)),
            new WorkshopBlock("inventory", BlockKind.ResourceInventory, "五类资源盘点：人、文、地、产、景", at(2, 13, 30), TimeSpan.FromMinutes(45)) { Facilitator = OpenSpaceHost },
            WorkshopBlock.OpenSpace("open-space", "开放空间：如何调动治理所需的资源", at(2, 14, 15), TimeSpan.FromMinutes(95), openSpace) with { Facilitator = OpenSpaceHost },
            WorkshopBlock.Brainstorm("brainstorm", "资源大家谈（头脑风暴）", at(2, 15, 55), TimeSpan.FromMinutes(35), brainstorm) with { Facilitator = OpenSpaceHost },
            new WorkshopBlock("closing", BlockKind.Closing, "总结讲话", at(2, 16, 35), TimeSpan.FromMinutes(25)) { Speaker = "社会发展办公室主任", Facilitator = Chair },
        ],
    };
}
