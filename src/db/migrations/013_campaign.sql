-- 013_campaign.sql — rectification campaigns (专项整治, issue #12 §3): the campaign (case type
-- "campaign") with its period, the org units it covers and its checklist (排查要点); the
-- problems found under it (整改事项, case type "campaign_item"), each with an owner unit and a
-- deadline.

-- A campaign: the running unit (牵头单位) is the case's org unit; the period and bookkeeping
-- here; the covered units and the checklist in their own tables (read by SQL: patrol checks
-- 排查 use the checklist, lists and scope use the units).
CREATE TABLE campaign_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	period_from INTEGER,      -- ms, the first day
	period_to INTEGER,        -- ms, the end of the last day
	units INTEGER,            -- how many units it covers
	checklist_items INTEGER,  -- how many checklist items
	open_at_close INTEGER     -- items not verified when it was closed (carried over, 结转)
);

-- The checklist (排查要点): one row per item, seq from 1 in the order given at creation.
--   SELECT seq, item FROM campaign_checklist WHERE campaign_id = ?1 ORDER BY seq
CREATE TABLE campaign_checklist (
	campaign_id INTEGER NOT NULL REFERENCES cases(id),
	seq INTEGER NOT NULL,
	item TEXT NOT NULL,
	PRIMARY KEY (campaign_id, seq)
);

-- The org units a campaign covers (覆盖单位).
CREATE TABLE campaign_units (
	campaign_id INTEGER NOT NULL REFERENCES cases(id),
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	PRIMARY KEY (campaign_id, org_id)
);
CREATE INDEX campaign_units_org ON campaign_units(org_id);

-- A problem or place found under a campaign (整改事项): the owner unit (责任单位, one of the
-- covered units) is the case's org unit, the campaign's unit its assigned unit (验收).
CREATE TABLE campaign_item_details (
	case_id INTEGER PRIMARY KEY REFERENCES cases(id),
	campaign_id INTEGER,
	owner_unit_id INTEGER,
	checklist_seq INTEGER,    -- the checklist item it falls under (campaign_checklist.seq)
	deadline INTEGER,         -- ms
	rectified_at INTEGER,
	verified_at INTEGER,
	rejections INTEGER DEFAULT 0
);
CREATE INDEX campaign_item_details_campaign ON campaign_item_details(campaign_id, owner_unit_id);
