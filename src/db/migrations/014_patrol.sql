-- 014_patrol.sql — patrol checks (排查, issue #12 §2): a grid worker's patrol of a grid with a
-- checklist; the catalogue of patrol kinds (排查类别) with their default checklists.

-- Patrols (排查记录): the kind is the case's category, the grid its org unit, the grid worker
-- its reporter. The answered checklist (each item ok / problem / na with a note, and the case
-- a finding was turned into) is a list in the case's attrs; these columns are what the list
-- filters on.
CREATE TABLE patrol_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	patrolled_at INTEGER,     -- when the patrol was done
	items INTEGER,            -- checklist items answered
	problems INTEGER DEFAULT 0,       -- items answered "problem" (发现问题)
	open_findings INTEGER DEFAULT 0,  -- problems not yet turned into an event or a risk
	campaign_id INTEGER       -- the rectification campaign (专项整治) it was done under
);
CREATE INDEX patrol_details_at ON patrol_details(patrolled_at);

-- Patrol kinds are rows of the shared catalogue (categories, case_type 'patrol'); their
-- default checklists (检查项) are here. Admins extend both (PUT /api/v1/patrol-kinds/{code}).
CREATE TABLE patrol_checklists (
	kind TEXT NOT NULL REFERENCES categories(code),
	item TEXT NOT NULL,
	label TEXT NOT NULL,
	label_en TEXT,
	sort INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (kind, item)
);

INSERT INTO categories (code, case_type, name, platform, sort) VALUES
	('pc_fire', 'patrol', '消防安全', '', 1),
	('pc_rental', 'patrol', '出租屋', '', 2),
	('pc_place', 'patrol', '重点场所', '', 3),
	('pc_dispute', 'patrol', '矛盾纠纷排查', '', 4);

INSERT INTO patrol_checklists (kind, item, label, label_en, sort) VALUES
	('pc_fire', 'exits', '疏散通道、安全出口畅通', 'Escape routes and exits clear', 1),
	('pc_fire', 'extinguisher', '灭火器配备且在有效期内', 'Extinguishers present and in date', 2),
	('pc_fire', 'ebike', '无电动车楼道或室内充电', 'No e-bikes charged indoors or in stairwells', 3),
	('pc_fire', 'wiring', '无私拉乱接电线', 'No makeshift wiring', 4),
	('pc_fire', 'gas', '燃气使用规范', 'Gas used safely', 5),
	('pc_rental', 'register', '租住人员信息已登记', 'Tenants registered', 1),
	('pc_rental', 'contract', '签订租赁合同', 'Tenancy contract signed', 2),
	('pc_rental', 'crowded', '无群租、隔断出租', 'Not overcrowded or partitioned', 3),
	('pc_rental', 'fire', '消防设施齐全', 'Fire equipment in place', 4),
	('pc_rental', 'ebike', '无电动车违规充电', 'No unsafe e-bike charging', 5),
	('pc_place', 'guard', '安保人员在岗', 'Security staff on duty', 1),
	('pc_place', 'cctv', '视频监控运行正常', 'CCTV working', 2),
	('pc_place', 'exits', '安全出口畅通', 'Exits clear', 3),
	('pc_place', 'ledger', '安全管理台账完整', 'Safety records complete', 4),
	('pc_dispute', 'neighbour', '邻里矛盾', 'Neighbour conflicts', 1),
	('pc_dispute', 'family', '婚姻家庭矛盾', 'Family conflicts', 2),
	('pc_dispute', 'labour', '劳资纠纷', 'Wage disputes', 3),
	('pc_dispute', 'property', '物业纠纷', 'Property management disputes', 4),
	('pc_dispute', 'petition', '信访苗头', 'Signs of petitioning', 5);
