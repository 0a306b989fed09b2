/* benchtext.c — realistic Chinese titles and bodies for the bench data (pingan bench-data), so
 * that the full-text index is measured on text like a grid worker's: a place, a problem, when
 * and who noticed it, what it causes and what is asked. Deterministic from the random word r.
 *
 * Two words are planted at known shares, and no phrase of the pools holds them otherwise:
 * 噪声 (noise) in exactly one case in BENCHTEXT_COMMON_EVERY (10%), and 蜂窝 (a wasps' nest) in
 * one in BENCHTEXT_RARE_EVERY (0.01%), for the common and the rare two-character query. */
#include "benchdata.h"

#include <stdio.h>
#include <string.h>

#define N(a) (sizeof (a) / sizeof (a)[0])

static const char *const places[] = { "幸福小区", "将军路", "城中菜市场", "西关路口", "八一北街",
	"人民广场", "婺江花园", "飘萍路", "回溪街", "酒坊巷", "环城南路", "双龙南街", "丹溪路",
	"东莱小区", "三江街道办旁", "五一路", "解放西路", "新华街", "通济桥头", "燕尾洲公园",
	"金华火车站广场", "第一中学门口", "社区卫生服务站", "老年活动中心", "农贸市场东门",
	"城北加油站", "湖海塘公园", "万达广场北侧", "古子城", "宾虹路" };
static const char *const spots[] = { "3幢2单元楼道", "5幢楼下", "北侧围墙边", "东门岗亭旁",
	"地下车库入口", "公交站台", "人行道上", "小区中心花园", "路口转角", "后巷",
	"12幢北侧", "沿街商铺门前", "垃圾分类亭旁", "健身器材区", "1号楼顶" };
static const char *const problems[] = { "电动车在楼道充电", "人行道地砖破损", "雨水井盖缺失",
	"化粪池污水外溢", "路灯不亮", "杂物堵塞消防通道", "夜间施工扰民", "垃圾堆积未清运",
	"违章搭建", "路面积水", "占道经营", "共享单车乱停放", "树木倒伏", "广告牌松动",
	"下水道堵塞", "墙体开裂", "护栏损坏", "窨井盖松动", "流浪犬伤人隐患", "油烟直排",
	"私拉电线", "消防栓漏水", "车辆乱停占用盲道", "高空抛物", "餐饮店油污外排",
	"路边摊贩聚集", "道路标线模糊", "红绿灯故障", "空调外机滴水", "电梯困人" };
static const char *const whens[] = { "今天上午", "昨晚十点左右", "近一周以来", "今天凌晨",
	"本周每天傍晚", "刚才", "最近几天", "周末" };
static const char *const whos[] = { "居民反映", "网格员巡查发现", "群众来电称", "商户反映",
	"志愿者报告", "物业人员反映" };
static const char *const impacts[] = { "影响居民出行", "存在安全隐患", "周边群众意见较大",
	"老人和小孩经过时很危险", "已有多人投诉", "雨天情况更严重", "影响市容环境" };
static const char *const asks[] = { "请相关部门尽快处理。", "建议加强巡查。", "请尽快派人查看。",
	"希望尽快解决。", "请协调物业处理。" };

void benchtext_make(uint64_t r, int64_t id, char *title, size_t tn, char *body, size_t bn)
{
	const char *place = places[r % N(places)], *spot = spots[(r >> 8) % N(spots)];
	const char *problem = problems[(r >> 16) % N(problems)];
	int n;

	snprintf(title, tn, "%s%s", place, problem);
	n = snprintf(body, bn, "%s%s，%s%s%s，%s，%s", whens[(r >> 24) % N(whens)],
	    whos[(r >> 32) % N(whos)], place, spot, problem, impacts[(r >> 40) % N(impacts)],
	    asks[(r >> 48) % N(asks)]);
	/* the planted words, by the case id so that the shares are exact */
	if (n > 0 && (size_t)n < bn && id % BENCHTEXT_COMMON_EVERY == 0)
		n += snprintf(body + n, bn - (size_t)n, "夜间噪声明显。");
	if (n > 0 && (size_t)n < bn && id % BENCHTEXT_RARE_EVERY == 0)
		snprintf(body + n, bn - (size_t)n, "楼顶还发现一个马蜂窝。");
}
