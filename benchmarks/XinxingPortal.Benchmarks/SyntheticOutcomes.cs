using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.Benchmarks;

/// <summary>Outcomes assembled from phrases of the plan's fields, seeded so every run ranks the same texts.</summary>
internal static class SyntheticOutcomes
{
    private static readonly string[] Phrases =
    [
        "中低温煤焦油全馏分加氢", "煤焦油精细分离提取粗酚", "含酚废水酚氨回收", "煤热解废水分盐结晶", "焦炉煤气甲烷化制天然气",
        "焦化烟气脱硫脱硝", "兰炭尾气综合利用", "低阶煤分级分质利用", "多晶硅还原尾气回收", "工业硅微硅粉制备碳化硅",
        "单晶硅切片金刚线", "钒钛微合金钢控轧控冷", "镁合金压铸", "镁渣制备路面基层材料", "棉花膜下滴灌水肥一体化",
        "棉田残膜回收机", "测土配方施肥专家系统", "葡萄干热泵干燥与色选分级", "红枣枣粉喷雾干燥", "葡萄籽油超临界萃取",
        "果蔬冷链物流温湿度监控", "产地差压预冷气调贮藏", "肉牛全混合日粮", "牛羊屠宰分割分级冷鲜肉", "光伏组件无水清洗机器人",
        "风光电配套储能系统", "光热发电熔盐储热", "粉煤灰蒸压加气混凝土砌块", "石材废料制备人造岗石", "煤矸石烧结陶粒",
        "服装智能排料自动裁剪", "包虫病快速检测试剂盒", "番茄酱连续浓缩", "设施农业温室环境调控", "节水灌溉首部过滤器",
    ];

    private static readonly string[] Fillers =
    [
        "降低能耗和生产成本", "已完成中试验证", "适合新疆兵团企业推广", "产品质量稳定可靠", "自动化程度高",
        "减少固废排放", "提高资源综合利用率", "具有自主知识产权", "运行维护简便", "投资回收期短",
    ];

    public static MatchCandidate[] Make(int count, string idPrefix, int seed = 20240601)
    {
        var random = new Random(seed);
        var fields = Enum.GetValues<TechField>();
        var outcomes = new MatchCandidate[count];
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] pool) => pool[random.Next(pool.Length)];
            var main = Pick(Phrases);
            var summary = string.Join("，", main, Pick(Phrases), Pick(Fillers), Pick(Fillers), Pick(Phrases)) + "。";
            outcomes[i] = new MatchCandidate(
                $"{idPrefix}-{i}", main + "技术", [Pick(Phrases), Pick(Phrases)], summary, $"{Pick(Fillers)}；{Pick(Fillers)}。",
                fields[random.Next(fields.Length)], random.Next(3, 10), (CooperationModes)random.Next(1, 32),
                random.Next(4) == 0 ? null : random.Next(10, 1000) * 10_000L);
        }

        return outcomes;
    }
}
