-- Persons registry (当事人, issue 9 §1). Personal fields are sealed BLOBs (nonce || XChaCha20-
-- Poly1305 ciphertext, associated data = person id and field) under the personal-data key of
-- generation key_gen (the key file, src/util/keys.h); exact lookups go through keyed BLAKE2b
-- blind indexes (*_bidx). There is no plaintext column and no masked copy: masks are computed
-- when a person is read. id_type is a document type code, not personal data.
CREATE TABLE persons (
	id INTEGER PRIMARY KEY,
	key_gen INTEGER NOT NULL DEFAULT 0,
	name BLOB,
	phone BLOB,
	id_type TEXT,
	id_number BLOB,
	address BLOB,
	note BLOB,
	name_bidx BLOB,
	phone_bidx BLOB,
	id_bidx BLOB,
	created_by INTEGER REFERENCES users(id),
	created_at INTEGER NOT NULL
);
CREATE INDEX persons_phone_bidx ON persons(phone_bidx) WHERE phone_bidx IS NOT NULL;
CREATE INDEX persons_id_bidx ON persons(id_bidx) WHERE id_bidx IS NOT NULL;
CREATE INDEX persons_name_bidx ON persons(name_bidx) WHERE name_bidx IS NOT NULL;
-- `pingan key rotate` walks the rows not yet under the new generation
CREATE INDEX persons_key_gen ON persons(key_gen, id);

-- A person on a case with a role (caller, visitor, party, owner, finder, claimant ...).
CREATE TABLE case_persons (
	case_id INTEGER NOT NULL REFERENCES cases(id),
	person_id INTEGER NOT NULL REFERENCES persons(id),
	role TEXT NOT NULL,
	created_by INTEGER REFERENCES users(id),
	created_at INTEGER NOT NULL,
	PRIMARY KEY (case_id, person_id, role)
);
CREATE INDEX case_persons_person ON case_persons(person_id, case_id);

-- The access log of whole values (查看记录): who saw which field of whom, when and why. The
-- value itself is never recorded. org_id is the unit of the case the reveal went through.
CREATE TABLE person_reveals (
	id INTEGER PRIMARY KEY,
	person_id INTEGER NOT NULL REFERENCES persons(id),
	case_id INTEGER REFERENCES cases(id),
	org_id INTEGER NOT NULL REFERENCES orgs(id),
	user_id INTEGER NOT NULL REFERENCES users(id),
	field TEXT NOT NULL,
	reason TEXT NOT NULL,
	at INTEGER NOT NULL
);
CREATE INDEX person_reveals_org_at ON person_reveals(org_id, at);
CREATE INDEX person_reveals_at ON person_reveals(at);
