"""Set 93 voices: who loses things, who hands them in, and how each talks."""

# owner voices: places they move in, weight per category, birth years, local, english
OWNERS = {
    "spectator": ("stand finish park causeway greenway pavilion plaza bell terminal",
                  "phone:5 wallet:3 keys:2 bag:2 electronics:2 other:3 id_doc:1 jewelry:2 cash:1", (1960, 2005), True),
    "tourist": ("station sexit bell oldst wenmiao museum night ferry fair hotel stand causeway",
                "phone:4 wallet:3 id_doc:3 bag:3 electronics:3 other:2 jewelry:1", (1965, 2004), False),
    "tourist_en": ("station bell oldst night bars ferry fair stand hotel museum causeway",
                   "phone:4 wallet:3 id_doc:3 bag:2 electronics:2 other:2", (1970, 2003), False),
    "rower": ("paddock finish stand park terminal", "phone:3 keys:2 bag:3 electronics:2 other:3 wallet:1 jewelry:1",
              (1980, 2006), True),
    "pilgrim": ("terminal ferry ipier fair temple isnack bushub",
                "phone:2 wallet:3 id_doc:3 jewelry:4 cash:3 bag:2 other:2 keys:1", (1938, 1958), True),
    "stall": ("night plaza market zongzi", "cash:4 phone:3 keys:2 bag:2 ebike:2 wallet:1", (1965, 1998), True),
    "barguest": ("bars night", "phone:4 wallet:3 keys:3 jewelry:1 bag:1 electronics:1 id_doc:1", (1990, 2004), True),
    "graduate": ("aud egate library dorm stadium bell", "id_doc:4 phone:3 electronics:3 other:3 bag:2 bicycle:3 keys:1 wallet:1 cash:1",
                 (2001, 2004), True),
    "parent": ("aud egate stadium hotel station bell", "phone:2 wallet:2 bag:2 cash:2 jewelry:2 electronics:1 other:1 id_doc:1",
               (1966, 1980), False),
    "rider": ("hefeng huguang jingui market mall night egate", "ebike:5 phone:3 keys:3 bag:1 electronics:1", (1985, 2003), True),
    "resident": ("hefeng huguang jingui park greenway square mall market",
                 "keys:4 ebike:2 bicycle:4 wallet:2 phone:2 bag:1 jewelry:2 other:1 cash:1 electronics:1", (1950, 2000), True),
    "hospital": ("opd ward square", "id_doc:3 phone:2 wallet:2 other:2 bag:1 cash:1 jewelry:1 keys:1 electronics:1", (1955, 1995), True),
    "shopper": ("market zongzi square mall", "wallet:3 phone:3 bag:3 keys:2 cash:1 jewelry:1", (1950, 1995), True),
    "traveler": ("station sexit bushub coach hotel", "phone:3 bag:3 id_doc:2 wallet:2 electronics:2 cash:1", (1970, 2004), False),
}

# finder voices by cluster
FINDERS = {
    "race": "volunteer cleaner guard teamstaff passerby patrol",
    "ferry": "crew crew cleaner passerby", "island": "templestaff crew passerby volunteer",
    "night": "stall barstaff cleaner patrol passerby", "old": "guard cleaner passerby patrol hotelstaff",
    "univ": "guard cleaner student volunteer", "rail": "cleaner stationstaff taxi passerby guard",
    "hosp": "nurse guard cleaner", "mkt": "stall cleaner passerby", "res": "guard rider cleaner passerby",
    "far": "cleaner guard passerby patrol",
}

LOST_ZH = {
    "spectator": ["@race|{when}在{where}看龙舟赛，散场的时候发现{noun}不见了。",
                  "@race|{when}带孩子去{where}看划龙舟，人特别多挤来挤去，回家才发现{noun}丢了。",
                  "@race|端午看龙舟，{when}在{where}那一带，{noun}找不到了。",
                  "@old,night,ferry|过节出来玩，{when}在{where}逛了一圈，{noun}不见了。"],
    "tourist": ["我是外地来旅游的，{when}在{where}逛的时候把{noun}弄丢了。",
                "来澜湖玩，{when}去了{where}，{noun}不知道落哪了，过两天就要回去了，麻烦帮忙找找。"],
    "rower": ["我是{team}的队员，{when}在{where}候场，{noun}放在场边，比赛回来就没了。",
              "{team}，{when}训练完在{where}收拾东西，发现{noun}不见了。", "划龙舟的，{when}在{where}，{noun}放在场边，比完赛回来就找不到了。"],
    "pilgrim": ["替我奶奶登记：老人家{when}去青螺岛烧香赶庙会，在{where}一带{noun}丢了，她也说不清在哪掉的。",
                "我是代我妈写的，她不会打字。{when}她坐轮渡去青螺岛，在{where}{noun}不见了。",
                "老人口述，孙子代填：{when}在{where}，{noun}掉了。"],
    "stall": ["我在夜市摆摊，{when}在{where}收摊的时候发现{noun}没了。",
              "摆摊卖粽子的，{when}在{where}，忙着招呼客人，{noun}不见了。"],
    "barguest": ["{when}在{where}跟朋友喝酒，喝得有点多，{noun}不知道落在哪家店了。",
                 "{when}在{where}玩，出来打车才发现{noun}没了。"],
    "graduate": ["@univ|毕业季，{when}在{where}和同学拍毕业照，{noun}丢了。", "毕业生，{when}在{where}，忙着跟同学合影，{noun}不见了。",
                 "@univ|{when}在{where}，收拾宿舍搬东西，{noun}找不到了。", "{when}在{where}跟同学聚完，{noun}找不到了。"],
    "parent": ["我是来参加孩子毕业典礼的家长，{when}在{where}，{noun}丢了。",
               "从外地赶来看女儿毕业，{when}在{where}附近把{noun}弄丢了。"],
    "rider": ["送外卖的，{when}在{where}送单，{noun}不见了。", "骑手，{when}在{where}取餐送餐，回来发现{noun}没了。"],
    "resident": ["{when}在{where}，{noun}丢了。", "@res|住在附近，{when}下楼去{where}取快递，{noun}就不见了。",
                 "{when}在{where}散步，回家发现{noun}没了。"],
    "hospital": ["{when}陪家里老人在{where}看病，跑上跑下的，{noun}丢了。", "{when}去{where}探望病人，{noun}落在那里了。"],
    "shopper": ["{when}在{where}买粽子买菜，{noun}丢了。", "{when}去{where}买菜，付钱的时候还在，后来{noun}就不见了。"],
    "traveler": ["{when}在{where}候车，上车前发现{noun}不见了。", "刚下火车，{when}在{where}，{noun}丢了。",
                 "{when}在{where}赶车，{noun}落下了。"],
}
LOST_EN = ["Lost my {noun} {when} at {where}.", "Hi, I think I left my {noun} at {where} {when}.",
           "I'm a visitor. My {noun} went missing {when}, around {where}.",
           "{noun} lost {when} near {where}. Please help!"]
RAIN_ZH = ["当时突然下暴雨，大家都往雨棚里挤。", "那会儿正下大雨，跑着躲雨，可能就是那时候掉的。", "赶上一阵暴雨，手忙脚乱的。"]
RAIN_EN = ["It was pouring and everyone ran for cover.", "A sudden downpour had just started."]
CLOSE_ZH = ["拾到请联系{phone}，必有重谢！", "麻烦民警同志帮忙留意。", "谢谢！", "急！！", "", "有人捡到请打{phone}。",
            "对我很重要，求帮忙。"]
CLOSE_EN = ["Please contact me at {phone}. Thank you!", "Any help appreciated.", "Reward offered.", "Thanks a lot."]

FOUND_ZH = {
    "volunteer": ["{evt}志愿者{who}{when}在{where}捡到{noun}，交到服务点。", "志愿者{when}在{where}巡场时拾得{noun}。"],
    "cleaner": ["保洁员{who}{when}在{where}打扫时拾得{noun}，交值班室。", "我是{place}的保洁，{when}扫地的时候在{spot}捡到{noun}。"],
    "guard": ["{where}保安{who}{when}巡逻时发现{noun}，无人认领，送交派出所。", "保安{when}在{where}发现{noun}。"],
    "teamstaff": ["{team}工作人员{when}在{where}收拾器材时发现{noun}，不是我们队的。"],
    "passerby": ["市民{who}{when}在{where}拾得{noun}，送至我所。", "{when}路过{where}，在地上捡到{noun}，交给警察。"],
    "patrol": ["巡逻中于{when}在{where}发现{noun}。", "辅警{who}{when}在{where}巡查时发现{noun}，现场无人认领。"],
    "crew": ["澜渡{boat}号船员{who}{when}清舱时在{where}拾得{noun}。", "码头工作人员{when}在{where}发现乘客遗落的{noun}。"],
    "templestaff": ["庙会管理处{when}在{where}拾得{noun}。", "水府宫义工{who}{when}在{where}捡到{noun}，交给庙里后转来。"],
    "stall": ["夜市摊主{who}{when}收摊时在{where}捡到{noun}，送来登记。", "菜场摊主{when}在{where}捡到{noun}。"],
    "barstaff": ["{where}一家清吧的服务员{when}打烊清台时发现客人遗落的{noun}。"],
    "hotelstaff": ["澜湖宾馆前台{when}在{where}发现客人遗落{noun}。"],
    "student": ["澜大学生{who}{when}在{where}捡到{noun}。", "{when}在{where}看到{noun}，问了一圈没人认领，交来了。"],
    "stationstaff": ["澜湖站客运值班员{when}在{where}拾得旅客遗失{noun}。"],
    "taxi": ["出租车司机{who}{when}发现乘客遗落在后座的{noun}，乘客在{place}下的车。"],
    "nurse": ["{where}护士{who}{when}发现病人家属遗落的{noun}。"],
    "rider": ["外卖骑手{who}{when}在{where}路边捡到{noun}交来。"],
}
FOUND_CLOSE = ["已交值班室保管。", "现存放于派出所。", "失主请带身份证明来认领。", "", "", "暂存服务台。", "请失主联系认领。"]
HURRIED_FOUND = ["捡到{noun} {where} {when}", "{where}拾得{noun}，{when}", "{noun}，{where}捡的，{when}"]
HURRIED_LOST = ["{when} {where} 丢了{noun}", "{noun}丢了，{where}，{when}", "丢{noun} {where}附近 {when}"]
HURRIED_EN = ["lost {noun} {where} {when}", "{noun} missing, {where}, {when}"]


def owner_places(v):
    return OWNERS[v][0].split()


def cat_weights(v):
    return [(c.split(":")[0], int(c.split(":")[1])) for c in OWNERS[v][1].split()]

HONOR = {"volunteer": "同学|阿姨|小哥", "cleaner": "阿姨|师傅", "guard": "师傅|大哥", "teamstaff": "教练|师傅",
         "passerby": "先生|女士|大爷|阿姨", "patrol": "先生|女士", "crew": "师傅", "templestaff": "阿姨|大爷",
         "stall": "老板|老板娘", "barstaff": "小哥|小姐", "hotelstaff": "经理", "student": "同学", "stationstaff": "师傅",
         "taxi": "师傅", "nurse": "护士", "rider": "小哥"}
VEH_FOUND = ["{where}保安{who}{when}发现{noun}，停放多日无人认领。", "巡逻中于{when}在{where}发现{noun}，疑似被盗后遗弃。",
             "市民反映{where}有车停了好几天没人管，{when}到场登记：{noun}。", "{when}在{where}发现{noun}，现场无人认领。"]
NIGHT_OK = {"guard", "patrol", "cleaner", "barstaff", "taxi", "stationstaff", "nurse", "hotelstaff"}
EVT = {"race": "龙舟赛", "univ": "毕业典礼", "island": "庙会"}
