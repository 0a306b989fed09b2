"""set86 voices: the phrases owners and finders use (all invented)."""

# place id -> (what the owner was doing, what the finder was doing)
DOING = {
    "c1": ["吃完饭走的时候忘拿了", "在二楼吃饭，放在桌上", "排队打饭的时候"], "c2": ["吃麻辣烫的时候放在桌上", "吃完饭端盘子走了才想起来"],
    "lib": ["在自习，出去接了个电话回来就没了", "占座的时候放在桌上", "自习完回宿舍才发现不见了"],
    "libg": ["在门口存包的时候", "在台阶上坐了一会儿"], "t3": ["上完课落在教室了", "考完期末考试出来就找不到了"],
    "de7": ["搬东西下楼的时候", "在楼下等外卖的时候"], "dw12": ["在楼下取快递的时候", "搬宿舍的时候"],
    "flea": ["摆摊收摊的时候", "在跳蚤市场逛的时候", "卖东西的时候顺手放在旁边"], "gym": ["打球的时候放在场边", "换衣服的时候"],
    "gate": ["在南门等车的时候", "下车的时候"], "exp": ["取快递的时候放在架子上", "寄东西的时候"],
    "hall": ["参加毕业典礼拍照的时候", "典礼结束散场的时候"], "cafe": ["喝咖啡的时候放在桌上", "买咖啡的时候"],
    "lxc": ["吃饭的时候", "在食堂二楼"], "lxl": ["在自习", "在理工图书馆查资料"], "lxd": ["在楼下", "搬行李的时候"],
    "lxf": ["在北苑摆摊的时候", "逛跳蚤市场的时候"], "exs": ["送孩子进考场的时候", "在考点门口"],
    "exw": ["在等孩子考试的时候", "在遮阳棚下面等的时候"], "exh": ["退房的时候", "在大堂等的时候"],
    "mtt": ["坐地铁到终点站下车的时候", "进站过安检的时候", "在站台等车"], "mtu": ["刷卡进站的时候", "在地铁上睡着了，下车时"],
    "mtx": ["早高峰挤地铁的时候", "出站的时候"], "bkc": ["骑共享单车放在车筐里忘拿了", "还车的时候"],
    "tpa": ["在大堂等电梯的时候", "进门刷卡的时候"], "tpb": ["开完会落在会议室了", "在电梯里"],
    "tpf": ["午饭的时候放在桌上", "排队点餐的时候"], "tpp": ["停车的时候", "下班去骑车才发现"],
    "tpx": ["取快递的时候", "在快递柜前面"], "lh": ["看演出的时候人太挤", "在livehouse里蹦的时候"],
    "st": ["看演唱会的时候", "演唱会内场太挤了"], "stg": ["散场出来的时候", "演唱会散场挤地铁的时候"],
    "cs": ["逛商业街的时候", "买奶茶的时候"], "cvs": ["在便利店结账的时候", "在便利店门口"],
    "bus": ["坐公交的时候", "在公交站等车的时候"], "lake": ["在湖边跑步的时候", "在湖边散步"],
    "mall": ["逛商场的时候", "看电影的时候"],
}

SPOT = ["座位下面", "桌子上", "角落", "长椅上", "垃圾桶旁边", "地上", "窗台上", "柜台旁边", "楼梯口", "门口"]

SLANG_PRE = ["家人们谁懂啊！！", "救命😭", "蚌埠住了，", "呜呜呜", "u1s1今天真的很背，", "破防了家人们，", "啊啊啊啊", "求求了！"]
SLANG_POST = ["求好心人捡到联系我，必有重谢🙏", "跪求扩散！！", "拜托拜托，真的很重要", "谁捡到了dd我一下，请你喝奶茶",
              "有没有uu看到的", "救救孩子吧🙏🙏"]
PLEA = ["麻烦捡到的好心人联系我，谢谢！", "如有拾到请联系，必有酬谢。", "请帮忙留意一下，谢谢。", "很着急，拜托了。", "谢谢！", ""]
OFFICE_PLEA = ["如有拾获请与本人联系，谢谢。", "烦请帮忙查找，万分感谢。", "里面有工作资料，请帮忙留意。"]
PARENT_PLEA = ["孩子还要考试，急用！！", "麻烦民警同志帮帮忙，孩子急得直哭。", "求求好心人送回来，感激不尽。"]

EN_DOING = ["I put it down for a moment", "I think it fell out of my pocket", "I left it there by mistake",
            "I only noticed it was missing later", "it was very crowded"]
EN_PLEA = ["Please contact me if you find it. Thank you so much!", "Any help is appreciated!", "Thanks a lot.", "It's really important to me."]

PY_NOUN_PRE = ["wo de", "wo de yi ge", "wo na ge"]
PY_PLEA = ["qiu bang zhu!!", "xie xie da jia", "jian dao de qing lian xi wo", "hen zhao ji"]

# finder voices: code -> (opening template; {w}=when, {p}=place, {s}=spot)
FINDER = {
    "guard": ["{w}，保安巡逻时在{p}{s}发现", "{w}保安在{p}巡查时拾得", "校园保安{w}在{p}捡到"],
    "canteen": ["{w}食堂工作人员收拾餐桌时在{p}拾得", "食堂阿姨{w}在{p}{s}捡到", "{p}收餐盘的师傅{w}发现"],
    "metro": ["{w}地铁站务员在{p}拾得", "{p}客服中心{w}收到乘客交来的", "{w}{p}站务员清客时在车厢内发现"],
    "cleaner": ["保洁员{w}在{p}{s}捡到", "{w}保洁阿姨打扫{p}时发现"],
    "student": ["{w}一名同学在{p}{s}捡到", "学生{w}在{p}捡到后送来", "有同学{w}在{p}捡到的"],
    "courier": ["快递员{w}在{p}门口捡到", "{w}驿站工作人员在{p}货架上发现无人认领的"],
    "driver": ["{w}公交司机在停靠{p}的末班车上发现", "{w}网约车司机在后座发现乘客(于{p}下车)遗落的"],
    "bikeop": ["共享单车运维{w}在{p}车筐内发现", "{w}单车运维在{p}清理时发现"],
    "bikeop2": ["{w}单车运维在{p}清理僵尸车时发现", "{w}运维人员在{p}发现长时间无人骑走的"],
    "desk": ["{w}{p}前台收到访客送来的", "{p}物业{w}在{s}拾得"],
    "officer": ["群众{w}送交，称在{p}拾得", "民警{w}巡逻至{p}时发现", "{w}热心群众在{p}捡到并送至派出所"],
    "volunteer": ["{w}散场后志愿者在{p}清场时拾得", "{w}演出工作人员在{p}{s}发现"],
    "shop": ["{w}店员在{p}{s}发现顾客遗落的", "{p}店主{w}捡到"],
    "parentf": ["{w}一位家长在{p}捡到", "{w}考点志愿者在{p}拾得"],
    "elder": ["{w}一位老人在{p}散步时捡到", "{w}晨练的大爷在{p}捡到"],
}

# place id -> finder voices that fit
FINDER_AT = {
    "c1": ["canteen", "cleaner", "student"], "c2": ["canteen", "cleaner"], "lib": ["guard", "cleaner", "student"],
    "libg": ["guard", "student"], "t3": ["cleaner", "student", "guard"], "de7": ["guard", "student"], "dw12": ["guard", "student"],
    "flea": ["student", "guard"], "gym": ["guard", "student", "cleaner"], "gate": ["guard", "officer"], "exp": ["courier", "student"],
    "hall": ["volunteer", "cleaner", "student"], "cafe": ["shop", "student"], "lxc": ["canteen", "student"], "lxl": ["guard", "student"],
    "lxd": ["guard", "student"], "lxf": ["student", "guard"], "exs": ["parentf", "guard", "officer"], "exw": ["parentf", "officer"],
    "exh": ["desk", "shop"], "mtt": ["metro"], "mtu": ["metro"], "mtx": ["metro"], "bkc": ["bikeop", "officer"],
    "tpa": ["desk", "guard"], "tpb": ["desk", "cleaner"], "tpf": ["cleaner", "shop"], "tpp": ["guard", "desk"], "tpx": ["courier", "desk"],
    "lh": ["volunteer", "shop"], "st": ["volunteer", "cleaner"], "stg": ["volunteer", "officer"], "cs": ["shop", "officer", "student"],
    "cvs": ["shop"], "bus": ["driver", "officer"], "lake": ["elder", "officer"], "mall": ["desk", "cleaner", "shop"],
}

FOUND_TAIL = ["，无人认领。", "，已暂存。", "，现交派出所登记。", "。", "，等待失主认领。", "，请失主携带有效证件认领。"]
