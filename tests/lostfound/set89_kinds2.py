"""Set 89: more kinds (keys, bags, e-bikes, bicycles, jewellery, other things)."""
from set89_kinds import K, kind

kind("keyring", "keys", ["一串钥匙", "钥匙串", "钥匙"], ["一串钥匙", "钥匙"], "钥匙", "bunch of keys", "串", [None],
     ["silver", "red", "blue", "black", "yellow"], ["pendant", "ring"], dyn=["count", "doorcard", "keytag"], nfeat=(1, 2))
kind("carkey", "keys", ["车钥匙", "汽车钥匙"], ["汽车钥匙", "车钥匙"], "钥匙", "car key", "把",
     ["vw", "toyota", "byd", "honda", "geely"], ["black", "silver", "white"], ["pendant"], dyn=["count"],
     places=["parklot", "garmentB", "logistics", "stadium", "aobus", "coach"], nfeat=(0, 1))
kind("ebikekey", "keys", ["电动车钥匙", "电瓶车钥匙"], ["电动车钥匙"], "钥匙", "e-bike key", "把",
     ["yadea", "aima", "tailg", "niu"], ["black", "blue", "red"], ["pendant", "ring"], dyn=["count"], nfeat=(1, 1))

BAGCOL = ["black", "grey", "navy", "blue", "red", "green", "beige", "pink", "white", "brown", "yellow", "orange"]
kind("backpack", "bag", ["双肩包", "背包", "书包"], ["双肩背包", "背包", "双肩包"], "包", "backpack", "个",
     ["nike", "adidas", "decathlon", "jansport", "xiaomi", "jiangfan", None], BAGCOL,
     ["charm", "damage", "in_clothes", "in_item"], dyn=["bagname"], nfeat=(1, 3))
kind("crossbody", "bag", ["斜挎包", "挎包", "小包"], ["斜挎包", "挎包"], "包", "crossbody bag", "个",
     ["coach", "mk", "lumo", "jiangfan", None], ["black", "brown", "beige", "white", "pink", "green"], ["charm", "damage", "in_item"], dyn=["idname", "cash"], nfeat=(1, 3))
kind("handbag", "bag", ["手提包", "女士包", "手拎包"], ["女士手提包", "手提包"], "包", "handbag", "个",
     ["coach", "mk", "lumo", None], ["black", "red", "beige", "white", "brown"], ["charm", "damage", "in_item"], dyn=["idname", "cash"], nfeat=(1, 3))
kind("waistpack", "bag", ["跑步腰包", "腰包"], ["腰包", "运动腰包"], "包", "running belt", "个",
     ["nike", "decathlon", "adidas", None], ["black", "orange", "blue", "grey", "pink"], ["in_item", "charm"], dyn=["cash", "idname"],
     places=["start", "finish", "bagdrop", "cycleway", "expo"], nfeat=(1, 2))
kind("suitcase", "bag", ["行李箱", "拉杆箱", "箱子"], ["行李箱", "拉杆箱"], "箱子", "suitcase", "个",
     ["samsonite", "jiangfan", None], ["black", "silver", "blue", "pink", "grey", "green"], ["charm", "damage", "in_clothes"], dyn=["bagname"],
     places=["coach", "waiting", "m_coach", "m_ao", "expo"], nfeat=(1, 3))
kind("tote", "bag", ["帆布袋", "帆布包", "布袋子"], ["帆布袋", "帆布手提袋"], "袋子", "canvas tote", "个",
     ["jiangfan", None, None], ["beige", "white", "black", "green"], ["pattern", "in_item", "in_clothes"], places=["hall1", "hall3", "wh5", "gate", "chimney"], nfeat=(1, 2))
kind("dropbag", "bag", ["存包袋", "赛事存包袋"], ["马拉松存包袋", "赛事存包袋"], "袋子", "race bag-drop bag", "个", [None],
     ["white", "blue", "orange"], ["in_clothes", "in_item"], ids=[("bib", 0.9, 0.9)], places=["bagdrop", "finish", "start"], nfeat=(1, 2))
kind("sack", "bag", ["编织袋", "蛇皮袋", "大包货"], ["编织袋", "蛇皮袋"], "袋子", "woven sack", "个", [None],
     ["white", "red", "blue"], ["in_clothes"], dyn=["bagname"], places=["garmentA", "garmentB", "logistics", "coach"], nfeat=(1, 1))

kind("ebike", "ebike", ["电动车", "电瓶车", "电动自行车"], ["电动自行车", "电动车"], "电动车", "e-bike", "辆",
     ["yadea", "yadea", "aima", "tailg", "niu", "ninebot"], ["white", "black", "red", "blue", "grey", "green", "pink", "yellow"],
     ["box", "windshield", "seat", "mirror", "basket"], ids=[("plate", 0.8, 0.85), ("frameno", 0.15, 0.35)], nfeat=(1, 3))
kind("escooter", "ebike", ["电动滑板车", "滑板车"], ["电动滑板车"], "车", "e-scooter", "辆", ["ninebot", "xiaomi"],
     ["black", "white", "grey"], ["mirror"], ids=[("frameno", 0.3, 0.3)], places=["cycleway", "college", "dorm", "rail", "m_college"], nfeat=(0, 1))

kind("citybike", "bicycle", ["自行车", "单车", "城市自行车"], ["自行车", "普通自行车"], "自行车", "city bike", "辆",
     ["phoenix", "forever", "giant", "decathlon"], ["black", "white", "blue", "green", "red", "pink"], ["basket", "seat", "bikemark"],
     ids=[("frameno", 0.3, 0.3)], nfeat=(1, 2))
kind("mtb", "bicycle", ["山地车", "山地自行车"], ["山地自行车", "山地车"], "自行车", "mountain bike", "辆",
     ["giant", "merida", "trek", "decathlon"], ["black", "red", "blue", "grey", "orange"], ["bikemark"], ids=[("frameno", 0.4, 0.35)], nfeat=(1, 1))
kind("roadbike", "bicycle", ["公路车", "公路自行车"], ["公路自行车", "赛车"], "自行车", "road bike", "辆",
     ["giant", "merida", "trek"], ["black", "white", "red", "blue"], ["bikemark"], ids=[("frameno", 0.5, 0.35)],
     places=["cycleway", "rental1", "wharf", "bridge2", "hall3", "parklot"], nfeat=(1, 1))
kind("foldbike", "bicycle", ["折叠车", "折叠自行车"], ["折叠自行车"], "自行车", "folding bike", "辆",
     ["dahon", "decathlon", "giant"], ["white", "black", "yellow", "green"], ["basket", "bikemark"], ids=[("frameno", 0.3, 0.3)], nfeat=(1, 1))
kind("rentbike", "bicycle", ["租的自行车", "驿站租的车"], ["租车点的自行车", "带编号的租赁自行车"], "自行车", "rental bike", "辆",
     ["giant", "phoenix"], ["green", "yellow"], ["basket"], ids=[("fleet", 0.9, 0.95)], places=["rental1", "cycleway", "wharf", "bridge2", "wetland"], nfeat=(0, 1))

kind("necklace", "jewelry", ["项链", "金项链", "链子"], ["项链"], "首饰", "necklace", "条",
     ["ctf", "lfx", "css", "qinglan", None], ["gold", "silver"], ["shape", "jmat", "clasp"], dyn=["engraving"], nfeat=(1, 3))
kind("bracelet", "jewelry", ["手镯", "手链", "手串"], ["手链", "手镯"], "首饰", "bracelet", "只",
     ["ctf", "lfx", "pandora", "qinglan", None], ["gold", "silver", "green", "white"], ["shape", "jmat", "clasp"], dyn=["engraving"], nfeat=(1, 2))
kind("ring", "jewelry", ["戒指", "婚戒"], ["戒指"], "首饰", "ring", "枚", ["ctf", "css", "lfx", None], ["gold", "silver"],
     ["jmat"], dyn=["engraving"], nfeat=(1, 1))
kind("earring", "jewelry", ["耳环", "耳钉"], ["耳环", "耳钉"], "首饰", "earring", "只", ["qinglan", "pandora", "css", None],
     ["gold", "silver", "white"], ["shape", "jmat"], nfeat=(1, 2))

kind("umbrella", "other", ["雨伞", "伞"], ["雨伞", "伞"], "伞", "umbrella", "把", ["paradise", None, None],
     ["black", "navy", "red", "blue", "pink", "green"], ["pattern", "handle"], nfeat=(1, 2))
kind("flask", "other", ["保温杯", "水杯"], ["保温杯", "水杯"], "杯子", "vacuum flask", "个", ["thermos", "zojirushi", "locklock", None],
     ["black", "white", "pink", "blue", "silver", "green"], ["cupmark"], nfeat=(1, 1))
kind("glasses", "other", ["眼镜", "近视眼镜", "墨镜"], ["眼镜"], "眼镜", "glasses", "副", ["rayban", None, None],
     ["black", "gold", "silver", "brown"], ["frame", "gcase"], nfeat=(1, 2))
kind("jacket", "other", ["外套", "冲锋衣", "皮肤衣"], ["外套", "衣服"], "衣服", "jacket", "件", ["tnf", "camel", "decathlon", "nike", None],
     ["black", "blue", "red", "grey", "green", "orange"], ["size", "pocket"], nfeat=(1, 2))
kind("medal", "other", ["完赛奖牌", "奖牌"], ["马拉松奖牌", "奖牌"], "奖牌", "finisher medal", "枚", [None], ["gold", "silver"],
     ["ribbon"], dyn=["medalname"], places=["finish", "stadium", "m_ao", "aobus", "hall3"], nfeat=(0, 1))
kind("bib", "other", ["号码布", "参赛号码布"], ["号码布", "马拉松号码布"], "号码布", "race bib", "张", [None], ["white", "orange", "blue"],
     [], ids=[("bib", 0.95, 0.95)], places=["expo", "start", "bagdrop", "m_ao", "hall3"], nfeat=(0, 0))
kind("toy", "other", ["玩具", "毛绒玩具", "玩偶"], ["儿童玩具", "玩偶"], "玩具", "toy", "个", [None], ["white", "green", "brown", "pink", "red"],
     ["toykind"], places=["hall1", "chimney", "wetland", "square", "m_park", "vmarket"], nfeat=(1, 1))
kind("tube", "other", ["画筒", "图纸筒"], ["画筒"], "筒子", "drawing tube", "个", [None], ["black", "blue", "grey"], ["tube"],
     dyn=["bagname"], places=["wh5", "college", "library", "m_college", "training"], nfeat=(1, 1))
kind("guitar", "other", ["吉他", "尤克里里"], ["吉他", "琴"], "乐器", "guitar", "把", ["yamaha", None], ["brown", "black", "white"],
     ["charm"], places=["chimney", "hall3", "snack", "rail", "m_park"], nfeat=(1, 1))
kind("pottery", "other", ["陶瓷杯", "陶器摆件", "手作陶杯"], ["陶瓷杯", "陶瓷工艺品"], "东西", "hand-made pottery", "个", ["qinglan", None],
     ["green", "white", "brown"], ["glaze"], places=["hall1", "wh5", "chimney", "gate"], nfeat=(1, 1))
kind("cane", "other", ["拐杖", "手杖"], ["拐杖"], "拐杖", "walking stick", "根", [None], ["black", "brown", "silver"], ["tip"],
     places=["village", "vmarket", "wetland", "square", "waiting", "aobus"], nfeat=(1, 1))
kind("skateboard", "other", ["滑板"], ["滑板"], "滑板", "skateboard", "块", [None], ["black", "white", "blue", "red"], ["deck"],
     places=["rail", "bridge2", "chimney", "square", "college"], nfeat=(1, 1))
