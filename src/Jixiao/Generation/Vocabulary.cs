namespace Jixiao.Generation;

/// <summary>Words that real county-level disclosures use, for generated documents that read like real ones.</summary>
internal static class Vocabulary
{
    public static readonly string[] PlaceSyllables =
    [
        "安", "平", "和", "宁", "东", "西", "南", "北", "丰", "永", "新", "兴", "华", "清", "河", "山", "江", "阳", "泉", "城",
        "长", "乐", "明", "德", "富", "嘉", "靖", "康", "临", "龙", "罗", "茂", "溪", "蒲", "庆", "瑞", "沙", "泰", "通", "武",
    ];

    public static readonly string[] PlaceKinds = ["县", "区", "市"];

    public static readonly string[] Agencies =
    [
        "人民检察院", "人民法院", "教育局", "卫生健康局", "民政局", "农业农村局", "交通运输局", "住房和城乡建设局", "自然资源局",
        "生态环境局", "文化和旅游局", "财政局", "公安局", "司法局", "人力资源和社会保障局", "水利局", "林业局", "市场监督管理局",
        "应急管理局", "医疗保障局", "退役军人事务局", "统计局", "审计局", "档案馆", "图书馆",
    ];

    public static readonly string[] FundTopics =
    [
        "办公设备购置", "信息化建设", "业务培训", "办公用房租赁", "基本公共卫生服务", "学生资助", "农村公路养护", "污水处理设施运维",
        "城乡居民最低生活保障", "养老服务补贴", "图书资料购置", "文物保护", "安全生产监管", "执法装备购置", "森林防火", "河道整治",
        "就业技能培训", "法律援助", "档案数字化", "食品安全抽检", "农田水利建设", "义务教育营养改善", "疾病预防控制", "困难群众救助",
        "乡村振兴衔接", "环境监测", "应急物资储备", "文化惠民演出", "残疾人康复", "退役军人优抚", "统计调查", "审计项目",
        "不动产登记", "高标准农田建设", "动物防疫", "全民健身设施", "公共法律服务", "社区矫正", "便民服务中心运行", "智慧政务平台",
    ];

    public static readonly string[] FundSuffixes = ["专项经费", "项目", "经费", "专项资金", "补助资金"];

    public static readonly string[] Objects =
    [
        "培训", "服务", "检查", "巡查", "监测", "救助", "宣传", "维修", "采购", "接访", "办案", "调解", "抽检", "演出", "康复",
    ];

    public static readonly string[] CountUnits = ["人次", "人", "次", "件", "个", "户", "场", "台", "套", "批次", "篇", "处"];

    public static readonly string[] StandardBases = ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"];

    public static readonly string[] OddBases = ["受理案件", "检务保障", "年度工作计划", "上级要求", "\"信访"];

    public static readonly string[] Qualitative = ["有效提升", "明显改善", "持续加强", "逐步改善", "良好", "达成预期指标", "长期", "明显增强"];

    public static readonly string[] Deadlines = ["12月底前", "11月底之前", "按计划时间完成", "及时", "2024年1月-12月", "第三季度前完成"];

    public static readonly string[] GoalVerbs = ["保障", "推进", "提升", "完善", "规范", "落实", "强化"];

    public static readonly string[] GoalObjects =
    [
        "各项业务工作顺利开展", "服务群众能力和水平", "基础设施运行维护", "安全生产形势稳定", "公共服务均等化", "资金使用效益",
        "依法行政和规范管理", "信息化支撑能力", "队伍素质和履职能力", "群众满意度",
    ];
}
