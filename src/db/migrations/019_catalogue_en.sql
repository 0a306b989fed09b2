-- 019_catalogue_en.sql — English names of the catalogues (目录英文名). Every row of the shared
-- catalogue (event categories, the lost-and-found item categories, patrol kinds) may carry an
-- English name; NULL means none was given and the Chinese name is shown to English users too.
-- The shipped rows get their translation here, but only where the Chinese name is still the
-- shipped one: a row an admin renamed is not given an English name that no longer fits.
-- (A fresh database's event catalogue is seeded after the migrations, with its English names,
-- by catalog_seed.)
ALTER TABLE categories ADD COLUMN name_en TEXT;

CREATE TEMP TABLE catalogue_en (code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT NOT NULL);
INSERT INTO catalogue_en (code, name, name_en) VALUES
	('MD', '矛盾纠纷', 'Disputes'),
	('MD01', '邻里纠纷', 'Neighbour disputes'),
	('MD02', '婚姻家庭纠纷', 'Marriage and family disputes'),
	('MD03', '劳资纠纷', 'Labour and wage disputes'),
	('MD04', '物业纠纷', 'Property management disputes'),
	('ZA', '治安隐患', 'Public order hazards'),
	('ZA01', '可疑人员或场所', 'Suspicious persons or places'),
	('ZA02', '治安防范设施缺失', 'Missing security measures'),
	('AQ', '安全生产', 'Work safety'),
	('AQ01', '企业安全隐患', 'Hazards at a business'),
	('AQ02', '建筑施工安全', 'Construction site safety'),
	('XF', '消防隐患', 'Fire hazards'),
	('XF01', '消防通道堵塞', 'Blocked fire lane'),
	('XF02', '消防设施损坏', 'Damaged fire equipment'),
	('XF03', '电动车违规充电', 'Unsafe e-bike charging'),
	('SP', '食品药品安全', 'Food and drug safety'),
	('SP01', '无证食品经营', 'Unlicensed food business'),
	('SP02', '过期食品药品', 'Expired food or drugs'),
	('HJ', '环境卫生', 'Sanitation'),
	('HJ01', '垃圾乱堆乱放', 'Dumped rubbish'),
	('HJ02', '污水外溢', 'Sewage overflow'),
	('HJ03', '噪声扰民', 'Noise nuisance'),
	('SZ', '市政设施', 'Public facilities'),
	('SZ01', '路灯损坏', 'Broken street light'),
	('SZ02', '道路破损', 'Damaged road'),
	('SZ03', '井盖缺失', 'Missing manhole cover'),
	('WJ', '违法建设', 'Illegal construction'),
	('WJ01', '违章搭建', 'Unauthorised structure'),
	('WJ02', '占道经营', 'Street trading on the road'),
	('TS', '特殊人群关爱', 'Care for vulnerable people'),
	('TS01', '独居老人探访', 'Visits to elderly living alone'),
	('TS02', '困境儿童帮扶', 'Help for children in difficulty'),
	('MS', '民生服务诉求', 'Public service requests'),
	('MS01', '办事咨询', 'Enquiries'),
	('MS02', '困难救助', 'Hardship relief'),
	('id_doc', '证件', 'ID documents'),
	('phone', '手机', 'Mobile phone'),
	('wallet', '钱包', 'Wallet'),
	('keys', '钥匙', 'Keys'),
	('ebike', '电动车', 'E-bike'),
	('bicycle', '自行车', 'Bicycle'),
	('bag', '包', 'Bag'),
	('cash', '现金', 'Cash'),
	('jewelry', '首饰', 'Jewellery'),
	('electronics', '电子产品', 'Electronics'),
	('other', '其他', 'Other'),
	('pc_fire', '消防安全', 'Fire safety'),
	('pc_rental', '出租屋', 'Rented housing'),
	('pc_place', '重点场所', 'Key premises'),
	('pc_dispute', '矛盾纠纷排查', 'Dispute screening');
UPDATE categories SET name_en = (SELECT e.name_en FROM catalogue_en e
	WHERE e.code = categories.code AND e.name = categories.name)
WHERE name_en IS NULL AND code IN (SELECT code FROM catalogue_en);
DROP TABLE catalogue_en;
