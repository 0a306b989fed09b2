/* lostfound.h — lost and found (拾遗物返还): the lost report (失物登记) and found item (拾遗物登记)
 * case types, and the matcher (失物匹配) that scores a lost report against a found item with
 * reasons a desk officer can read.
 *
 * The scorer (lf_match.c) is pure: no database, no clock; it is unit-tested and fuzzed. The
 * module (lostfound.c) retrieves candidates through indexes, scores them on the request's
 * reader and hands the writer only SQL. */
#ifndef PA_LOSTFOUND_H
#define PA_LOSTFOUND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

/* The module's two case types (lostfound.c): the registry lists them (modules.c), the API
 * reads the lost report's creating roles (lostfound_api.c). */
struct case_type;
extern const struct case_type lost_type, found_type;

#define LF_SERIAL_MAX    64     /* a normalised serial, bytes (longer input is cut) */
#define LF_TOKENS_MAX    384    /* text tokens kept per item (bigrams and words) */
#define LF_REASONS_MAX   18     /* reasons of one candidate (one per factor, the identity hold, and
                                 * room for the conflict reason after the written words' and a
                                 * sticker's, round 24: a conflict dropped would go unjudged) */
#define LF_DETAIL_MAX    160    /* bytes of one reason's detail */
#define LF_IMPOSSIBLE    (-1000) /* lf_score: this found item cannot be this lost thing */
#define LF_MARK_GROUPS   8      /* marks kept apart per item (每条特征) */
#define LF_SERIALS       2      /* serials kept per item: the field's, then those the text names */
#define LF_TAIL_MAX      8      /* a tail of letters and few digits right after its cue (末六位WX6M4J) */
#define LF_MASKED_TAIL_MIN 4    /* digits of a tail behind its mask read without a cue (****4323) */
#define LF_CJK_DIGITS_MIN 3     /* Chinese numerals in a row read as a number (尾号八八四二) */
#define LF_VETO_CAP      30     /* points of a pair whose full serials of one kind differ */
#define LF_FACET_U64     3      /* 64-bit words of an item's facets (lf_prep.facets) */
#define LF_BSYL_MAX      6      /* syllables of a brand field read (lf_prep.bsyl) */
#define LF_ACC_MAX       4      /* coloured accessories kept per item (蓝色门禁卡, 黄头盔) */
/* a code a card prints after a word of its own (初三1班, 准驾车型C1, No.030045: round 72),
 * LF_CODE_* kinds in lf_match.c */
#define LF_CODE_KINDS    5
#define LF_CODE_BYTES    16
#define LF_TAGNO_BYTES   12     /* a room's or tag's number (房间号1430, 号码牌A-101) and its end */
#define LF_NOUN_BYTES    20     /* the noun naming an object of 其他 (six characters) */
#define LF_MARK_CONCEPTS 6      /* mark concepts kept per item (kind, part, content: lf_match.c) */
#define LF_NAME_ALIKE_POINTS 15 /* two holders' names that differ only by homophones (涵 / 含) */
#define LF_BODY_PLACE_CHARS 16  /* characters of a place read from a description without an address */
#define LF_STOK_MAX      192    /* sounds of a description's words kept per item (round 30) */
#define LF_INSCR_MAX     3      /* words engraved or written kept per item (刻着“平安”) */
#define LF_INSCR_CHARS   12     /* characters of such words at most (longer is a sentence) */
#define LF_INSCR_BYTES   (LF_INSCR_CHARS * 4 + 1)   /* fold_copy keeps room for a 4-byte one */
#define LF_PLACE_NAMES   24     /* place names' hashes kept per item */
#define LF_FLEET_MAX     2      /* numbers after written words kept (round 67) */
#define LF_FLEET_NUM     8      /* bytes of one: a letter and four digits, or a boat's number
                                 * of up to seven (round 86), terminated */
#define LF_BNAME_MAX     2      /* banks named by the characters before 银行 kept (round 66) */
#define LF_CBIG_MAX      512    /* pairs of characters of a description and its marks kept
                                 * (cbig: where engraved words are looked for, round 66) */
#define LF_WEIGHT_MAX    100000 /* tenths of a gram: a weight read above 10 kg is no jewel's */

/* One side of a pair, as the scorer sees it (strings may be NULL). Times in ms: a lost
 * report's window [t_from, t_to]; a found item's found_at in both. */
struct lf_item {
	const char *category, *title, *body, *color, *brand, *model, *serial, *marks, *address;
	bool has_loc;
	double lat, lon;
	int64_t t_from, t_to;
};

#define LF_SUM_MORE  1   /* 三百多: at least the sum, less than its last place more */
#define LF_SUM_ABOUT 2   /* 约200元: within a fifth either way */
#define LF_SUM_FEW   3   /* 几十块, 几百元: from the unit to less than ten of it */
#define LF_KEYS_OPEN 31   /* keys_hi of a ring said only to hold keys of sorts: at least keys_lo */
#define LF_SUM_RANGE 4   /* 110到140块, 两三百: from the amount to amount_hi */
#define LF_SUM_FEW_POINTS 3   /* points of a sum said so that the other side's fits */
#define LF_AMOUNT_MAX 1000000000000LL   /* a sum read above it is a number misread, not money */
#define LF_HOLDER_BYTES 40   /* a holder's name: 阿不都热合曼·努尔买买提 (35 bytes) whole (24 until
                              * round 84) */

/* A set of figure classes (motif classes, lf_match.c motif_words): a bit per class (round 64:
 * 128, the 64 of a uint64_t were all in use). */
typedef unsigned __int128 lf_figs;

/* What the scorer computes once per item. */
/* One identifying mark as a concept (lf_match.c, mark_concepts): what kind of mark, where on the
 * thing, and what it shows. */
struct lf_mark_concept {
	uint16_t kind;                /* LF_MK_* bits (贴纸, 划痕, 裂, 挂件, 刻字 …) */
	uint16_t part;                /* LF_MP_* bits (背面, 屏幕, 左上角, 拉链 …), 0 unsaid */
	lf_figs figure;               /* the figure it shows (motif classes), 0 none */
	uint32_t words;               /* a hash of the letters and digits it shows, 0 none */
	uint16_t colors;              /* its colour family bits (LF_C_*), 0 unsaid */
};

#define LF_BRAND_OTHER_MAX 4   /* characters of a maker's Chinese name the table does not know */
struct lf_prep {
	char serial[LF_SERIAL_MAX];   /* normalised; "" when none: the serial field's, else the
	                               * first one the description names (串号…, 尾号…) */
	char serial2[LF_SERIAL_MAX];  /* another one the description names, "" when none */
	char skind[LF_SERIALS];       /* what each serial is (enum lf_serial_kind), 0 unknown */
	int brand;                    /* index of the canonical brand, -1 unknown */
	bool brand_content;           /* a bag's or wallet's brand read only where it names its
	                               * contents (装着我的ThinkPad): theirs, not the bag's */
	int kind;                     /* what it is within the category (耳机, 项链), -1 unknown */
	int kind2;                    /* a second paper a report names with it (医保卡和身份证), -1 */
	char brand_raw[48];           /* normalised brand text when no alias is known */
	unsigned colors;              /* colour family bits (LF_C_*) */
	unsigned case_colors;         /* the colours of a case or cover it names (套着个咖啡色的壳,
	                               * 外套墨绿保护壳), 0 none */
	uint8_t mgroup[LF_MARK_GROUPS]; /* tokens of each mark (特征, the marks field split at
	                               * ；，、), in order, in mtok */
	int nmgroup;
	char model[48];               /* normalised model (letters and digits, lower case) */
	char holder[LF_HOLDER_BYTES]; /* the holder's name a description gives (姓名王子涵, a
	                               * visitor's in Latin letters: MATEO MALINEN, one of parts
	                               * with a dot between: 阿依达娜·努尔兰), "" */
	char owner[16];               /* whose the thing is, said by kin or on a name label (孩子
	                               * 贺沐阳的书包, 贴着孟雨桐的姓名贴: round 64), "" */
	bool owner_kin;               /* owner read after a word of kin (a finder's kin hand it in) */
	uint16_t born;                /* the holder's year of birth a text states (1986年出生, 1983年
	                               * 生; never an ID number's digits), 0 unsaid (round 65) */
	char words[64];               /* without a model field: the description's Latin letters and
	                               * digits, runs joined across spaces, split by '|' elsewhere
	                               * ("|redmik60|"), where the other side's model is looked for */
	char smodel[24];              /* without a model field: the model the description states
	                               * (型号Z9, Y78移动电话; lf_match.c stated_model), "" none */
	uint8_t short_no;             /* bit k: serial k is a short number said after 车号 or 编号
	                               * (车号78: a hired bike's own number, round 94) */
	bool mbody;                   /* the marks (mgroup) are the description's clauses that
	                               * name a mark (no marks field): compared only with another
	                               * such side's */
	uint8_t keys_lo, keys_hi;     /* keys on the ring (钥匙8把, 七八把, 2、3把钥匙): the
	                               * least and the most said, 0 none; keys_hi one above
	                               * the most a ring holds when only keys of a sort are
	                               * counted (有一把汽车钥匙: at least keys_lo) */
	bool keys_bunch;              /* a bunch said (钥匙串, 一串钥匙): a key of a sort named
	                               * is one of several (round 94) */
	uint8_t no_cash;              /* said to hold no cash (里面没有现金: round 74), 0 or 1 */
	uint8_t amount_rough;         /* the sum is said roughly: LF_SUM_MORE (三百多, 一百来块,
	                               * 十几块), LF_SUM_ABOUT (约200元, 200元左右), LF_SUM_FEW
	                               * (几十块), LF_SUM_RANGE (110到140块), else 0 */
	int64_t amount_hi;            /* the top of a range said (LF_SUM_RANGE), else 0 */
	int32_t weight;               /* a weight named in grams, in tenths (12.5g: 125), 0 none */
	uint8_t weight_rough;         /* said roughly (大概12克, 约12克) */
	uint16_t screen;              /* what a lock screen shows (LF_SCR_* in lf_match.c), 0 */
	char scrtext[49];             /* the words of what it shows (锁屏是草原日落: 草原日落), its
	                               * clause after the first screen cue, "" (round 65) */
	int32_t ring;                 /* a bangle's or ring's inner size (圈口54), tenths of a mm */
	uint8_t shoe;                 /* a shoe's or skate's size (40码), 0 unsaid (round 29) */
	uint8_t beads;                /* the beads a string of beads counts (108颗, 共18粒), 0
	                               * unsaid (round 51) */
	uint8_t strung;               /* keys: what they are strung on, said with 穿起 / 串着 (a lace,
	                               * a cord, a wire ring: LF_STR_* in lf_match.c), 0 unsaid */
	struct lf_fleet {             /* a number written after the same words as another's (车身贴着
	                               * 阿强电动车出租的24号, 牌子写着阿英渔家民宿 101): the four
	                               * characters before it, hashed, and the number (round 67) */
		uint32_t words;
		char num[LF_FLEET_NUM];
	} fleet[LF_FLEET_MAX];
	char codes[LF_CODE_KINDS][LF_CODE_BYTES]; /* a class, a licence's class, a card's No., an
	                               * exam room, a college (lf_match.c's LF_CODE_*) */
	char tagno[LF_TAGNO_BYTES];   /* a room's, locker's or tag's number a cue labels (房间号1430,
	                               * 号码牌A-101), upper case, "" none (round 44) */
	uint8_t age;                  /* made for a child or an adult (LF_AGE_* in lf_match.c), 0 */
	uint16_t charms;              /* keys: what hangs on them (指甲刀, 铜钱, 毛绒挂件: LF_CHARM_* in
	                               * lf_match.c), 0 unsaid (round 44) */
	uint8_t lens;                 /* glasses: reading (花镜, 老花) or short sight (近视), bits
	                               * (LF_LENS_* in lf_match.c), 0 unsaid */
	char brand_other[3 * LF_BRAND_OTHER_MAX + 1]; /* the brand field when it names a maker the
	                               * table does not know, in Chinese (声屿, 海星: round 36), "" */
	uint8_t worn;                 /* a glove, an earring or a shoe: one alone or a pair, and a
	                               * glove's material (LF_WORN_* in lf_match.c), 0 unsaid */
	uint8_t tucked;               /* what is tucked in a phone's case (壳里夹着公交卡 / 现金 /
	                               * 照片: LF_TUCK_* in lf_match.c), 0 unsaid */
	uint32_t shape;               /* how it is made (长款 / 短款, 素圈 / 镶钻, 裸机 / 有壳, 透明壳, the
	                               * corner of a cracked screen, a bag's leather or cloth, a folding
	                               * or long umbrella, a flip phone or a touch screen):
	                               * LF_SHAPE_* in lf_match.c, 0 */
	uint64_t facets[LF_FACET_U64]; /* facts of its make said in one word of a few (直柄 /
	                               * 弯柄, 纯色 / 波点, 全框 / 半框, 草编 / PVC, 串珠 / 编绳, what
	                               * a cup held): LF_FACET_VALS bits a family (lf_match.c), 0 */
	int16_t cbrand;               /* a bag's or wallet's contents' maker, named where it says
	                               * what it holds (里面有华为笔记本), -1 none (round 41) */
	uint8_t cdev;                 /* the devices those clauses name (LF_CDEV_* in lf_match.c) */
	uint16_t negacc;              /* a pendant, a basket, an access fob, a sticker or a name
	                               * sticker said to be there or not (没有挂件 / 挂着小猫; 无车筐 /
	                               * 前车筐; 没带门禁 / 门禁扣): LF_NEG_* in lf_match.c, 0 unsaid */
	uint8_t boxed;                /* glasses: said to be without a case (没有盒子: LF_BOX_NONE) or
	                               * with one (眼镜盒: LF_BOX_HAS), 0 unsaid */
	uint16_t storage;             /* a memory's size in GB (U盘64G, 128GB, 1T: 1024), 0 none */
	uint8_t inches;               /* a size said in 寸 (a suitcase's 24寸, a wheel's 27.5寸), in
	                               * half inches (48, 55), 0 (round 93) */
	uint16_t mah;                 /* a power bank's capacity in mAh (10000mAh, 一万毫安), 0 */
	uint8_t volts;                /* an e-bike battery's voltage (48V, 60伏), 0 (round 93) */
	uint8_t garment;              /* a garment's letter size (L码, 尺码XL), lf_match.c garment_size
	                               * rank + 1, 0 unsaid (round 93) */
	uint8_t gb_height, gb_chest;  /* a garment's size in the national form (175/92A): height
	                               * and chest in cm, 0 unsaid (round 93) */
	lf_figs motif;                /* figures on a sticker, cover, pendant or print (柯基贴纸,
	                               * 蜡笔小新的耳机套, 伞面上有小雏菊): LF_MOT_* bits, 0 */
	uint16_t breeds;              /* the dog breeds the texts name (柯基, 柴犬, 泰迪: a bit per
	                               * breed of lf_match.c's dog_breeds), 0 none (round 66) */
	uint32_t bname[LF_BNAME_MAX]; /* hashes of the two characters before 银行 (石埠村镇银行,
	                               * 临江银行卡): banks the table does not know; 0 unused */
	uint32_t cardbanks;           /* the banks the table knows whose cards the text names (工行卡,
	                               * 邮储银行的卡, a bank card's own 邮储银行卡): a bit per bank of
	                               * lf_match.c's bank_names, 0; a wallet's or bag's are what it
	                               * holds (held_banks) */
	struct lf_mark_concept mc[LF_MARK_CONCEPTS]; /* the marks as concepts, marks field first */
	uint8_t nmc;
	char surname[8];              /* the owner's surname said beside the item (我姓萧, 称机主为苏
	                               * 先生/女士, 机主姓苏): one character, "" */
	uint8_t nacc;                 /* coloured accessories named (蓝色门禁卡, 黄头盔), in acc */
	uint8_t acc[LF_ACC_MAX];      /* each one's index in the accessory list (lf_match.c) */
	uint16_t acc_colors[LF_ACC_MAX]; /* and its colour family bits (LF_C_*) */
	char noun[LF_NOUN_BYTES];     /* the word naming the object right after the verb of
	                               * losing or finding (遗失鸡笼, 拾得玉米种子一袋), "" none */
	char insc[LF_INSCR_MAX][LF_INSCR_BYTES]; /* words engraved or written on it (刻着“平安”,
	                               * 写着皮皮的名字), folded, letters upper case; lf_match.c inscriptions */
	uint8_t ninsc;
	uint8_t cards;                /* bank cards a finder counts (银行卡2张), 0 unsaid */
	uint8_t watch_word;           /* 1 when the texts say 手表, 表盘, 表带 or watch */
	uint8_t phone_word;           /* 1 when they name a phone itself (手机, iPhone) and no watch */
	uint8_t split_named;          /* the makers of a split family (华为, 荣耀) the description or
	                               * model names: a bit each, in the brand table's order */
	uint8_t nplace;
	uint32_t place[LF_PLACE_NAMES]; /* hashes of the two, three and four characters before a
	                               * place's last character (东关村, 城南路): a name read there is
	                               * a place's (round 67: read at preparation, not at scoring) */
	uint16_t ibig[LF_INSCR_CHARS]; /* the pairs of characters of insc[0] (text_pairs), looked
	                               * for among the other side's cbig; nibig of them */
	uint8_t nibig;
	uint16_t sbig[LF_INSCR_CHARS]; /* the pairs of neighbouring Chinese characters of a serial
	                               * field written in words only (青稞客栈 雪山房, a room's name:
	                               * round 68), looked for among the other side's cbig */
	uint8_t nsbig;
	uint32_t idaddr;              /* a card's printed address as its village's or street's name
	                               * and house number (住址…小寨村53号: 小寨村53), hashed; 0 none
	                               * (round 69) */
	char stick[LF_INSCR_MAX][LF_INSCR_BYTES]; /* quoted words on a sticker (贴有“皮卡丘”贴纸) */
	uint8_t nstick;
	uint8_t marks_latin;          /* the marks (field, else description) are written in Latin
	                               * letters only (a visitor's English): never "not confirmed"
	                               * against Chinese ones (round 30) */
	uint32_t bsound;              /* the brand field as it sounds (锦绣 = Jinxiu, 绿驹 = Lvju;
	                               * lf_match.c sound_of), a hash, 0 none or too short (round 30) */
	uint32_t bsound_bare;         /* the same without a shop's word it ends in (金凤坊: 金凤 =
	                               * JINFENG), 0 none (round 94) */
	uint16_t bsyl[LF_BSYL_MAX];   /* the brand field's syllables (守护星, shou hu xing: shou, hu,
	                               * xing) as indices in the pinyin table, nbsyl of them; 0
	                               * when the field is neither Chinese characters nor letters
	                               * that read as pinyin (SeaShell): round 51 */
	uint8_t nbsyl;
	uint16_t chars;               /* words of the description and marks (Chinese characters,
	                               * Latin letters; at most UINT16_MAX): how much a person
	                               * said of it (lost_plain in lf_match.c) */
	bool has_loc;                 /* the place, copied from the item */
	double lat, lon;
	uint32_t tok[LF_TOKENS_MAX];  /* sorted, unique hashes of the text's bigrams, characters
	                               * and words (description and marks) */
	int ntok;
	uint32_t mtok[128];           /* the same of each mark, mark after mark (mgroup) */
	int nmtok;
	int64_t amount;               /* a sum of money named (500元), -1 none */
	uint32_t atok[64];            /* the address's bigrams */
	int natok;
	uint32_t stok[LF_STOK_MAX];   /* sorted, unique hashes of how the description's words sound:
	                               * runs of two and three Chinese characters in pinyin, Latin
	                               * words (是YATU, 牌子是锦绣, 能保的), where the other side's
	                               * brand field is looked for by its sound (round 30) */
	int nstok;
	uint16_t cbig[LF_CBIG_MAX];   /* sorted, unique 16-bit hashes of each pair of neighbouring
	                               * characters of the folded description and marks (letters
	                               * upper case): whether words one side reads engraved stand in
	                               * the other's text, read off the features alone (round 66) */
	int ncbig;
};

struct lf_reason {
	const char *factor;           /* category, serial, kind, brand, model, color, amount,
	                               * holder, count, accessory, weight, size, screen, place,
	                               * time, text,
	                               * marks,
	                               * identity (held below likely: nothing identifying agrees) */
	char detail[LF_DETAIL_MAX];   /* Chinese */
	char detail_en[LF_DETAIL_MAX];   /* English */
	int points;
};

/* Serial normalisation (串号规范化): width and case folded, letters and digits kept, a run of
 * mask characters (* ＊ x between digits, ●) becomes one '*', labels such as IMEI, SN and
 * the Chinese words around it dropped. Returns the length written (always NUL-terminated). */
size_t lf_serial_norm(const char *in, size_t len, char *out, size_t outlen);
/* The tail fragment used to retrieve candidates (last 4 visible characters), "" if none. */
void lf_serial_tail(const char *norm, char out[8]);

enum lf_serial_cmp { LF_SER_NONE, LF_SER_EXACT, LF_SER_PARTIAL, LF_SER_TAIL, LF_SER_CONFLICT };
/* Compares two normalised serials; *overlap is the number of characters that agree. */
enum lf_serial_cmp lf_serial_compare(const char *a, const char *b, int *overlap);

/* What a serial is (串号种类), from the words around it or its shape: two serials of different
 * kinds are not compared (an ID number says nothing about an IMEI). */
enum lf_serial_kind { LF_SK_UNKNOWN = 0, LF_SK_IMEI = 'i', LF_SK_CARD = 'c', LF_SK_ID = 'd',
	LF_SK_STUDENT = 's', LF_SK_FRAME = 'f', LF_SK_MOTOR = 'm', LF_SK_PASSPORT = 'p',
	LF_SK_SN = 'n', LF_SK_PERMIT = 'v', LF_SK_PLATE = 'l',
	LF_SK_MOBILE = 't' /* round 64: a phone's or a phone watch's own number (本机号码) */,
	LF_SK_SOCIAL = 'o' /* round 69: a social security card's own number (社保卡号 K50115018),
	                    * not its bank function's card number nor its holder's ID number */,
	LF_SK_SLIP = 'q' /* round 86: a slip's or an order's number (单号7489: a settlement slip in
	                  * a bundle of cash), not a card's */,
	LF_SK_BIB = 'b' /* round 88: a runner's bib (号码布B0589), not a card's nor a student's */,
	LF_SK_PART = 'x' /* round 92: a part's or a paper's own number (电池编号, ICCID, 发票号码),
	                  * no serial of the object it came with */ };
/* The serials a free text names after a cue word (串号, 尾号, 卡号, 学号, 车架号 …), or long
 * numbers without one, normalised, with their kinds; at most max; returns how many. Phone
 * numbers (电话, 联系), sums of money, times and street numbers are not serials. */
int lf_serials_in_text(const char *s, char (*out)[LF_SERIAL_MAX], char *kinds, int max);
/* The best agreement of two prepared items' serials; *veto true when the only comparable
 * serials are whole numbers of the same kind that differ (not the same object). */
enum lf_serial_cmp lf_serial_match(const struct lf_prep *a, const struct lf_prep *b,
    int *overlap, bool *veto);

/* The canonical brand in s (华为, HUAWEI, huawei, 华伟 → the same index), -1 if none known. */
int lf_brand_find(const char *s);
const char *lf_brand_name(int idx);
const char *lf_kind_name(int idx);   /* a kind's Chinese name (耳机, 身份证), "" if none */
const char *lf_kind_en(int idx);     /* its English name (earphones, ID card), "" if none */
/* The kind a description names that is the object itself in category cat (a made title's
 * name: 雨伞 for an umbrella filed under 其他, 双肩包 for a bag), -1 if none: a kind of the
 * category's own, or any kind in 其他 (a watch named in a phone's description is not it). */
int lf_kind_named(const char *body, const char *cat);

/* Colour families (颜色): bits of the families named in s (黑, 深色, 哑光黑 ...). */
#define LF_C_BLACK  0x001u
#define LF_C_WHITE  0x002u
#define LF_C_GREY   0x004u
#define LF_C_RED    0x008u
#define LF_C_PINK   0x010u
#define LF_C_BLUE   0x020u
#define LF_C_GREEN  0x040u
#define LF_C_YELLOW 0x080u
#define LF_C_ORANGE 0x100u
#define LF_C_PURPLE 0x200u
#define LF_C_BROWN  0x400u
#define LF_C_GOLD   0x800u
#define LF_C_CLEAR  0x1000u
#define LF_C_DARK   0x2000u   /* 深色: black, blue, grey, brown, green, purple */
#define LF_C_LIGHT  0x4000u   /* 浅色: white, grey, pink, yellow, gold */
unsigned lf_color_bits(const char *s);
/* 2 same family, 1 compatible (深色 and 黑), 0 unknown, -1 different. */
int lf_color_compare(unsigned a, unsigned b);

/* Text similarity (文本相似度) of two prepared token sets, 0..1 (Dice). The one place to
 * switch to the search tokenizer. */
double lf_text_sim(const uint32_t *a, int na, const uint32_t *b, int nb);
/* The share of a's tokens that b holds too, 0..1 (how much of one description the other
 * confirms). */
double lf_text_cover(const uint32_t *a, int na, const uint32_t *b, int nb);
/* Tokens of text appended to out (hashes, not yet sorted); returns the new count. */
int lf_text_tokens(const char *s, uint32_t *out, int n, int max);

/* Distance in metres (haversine). */
double lf_distance_m(double lat1, double lon1, double lat2, double lon2);

void lf_prepare(const struct lf_item *it, struct lf_prep *p);
/* The features as the compact bytes stored with an item (m_feat): the fixed part and only the
 * tokens in use. lf_prep_pack returns the length written (0 if cap is too small);
 * lf_prep_unpack false when the bytes are not such a record (another layout or damage). */
#define LF_PREP_PACK_MAX (sizeof (struct lf_prep) + 16)
size_t lf_prep_pack(const struct lf_prep *p, unsigned char *out, size_t cap);
bool lf_prep_unpack(const unsigned char *in, size_t n, struct lf_prep *p);
/* Points of the pair (lost, found) with its reasons, or LF_IMPOSSIBLE (one reason says
 * why). The score is points clamped to 0..100, divided by 100. r NULL: points only, no text
 * formatted (the first pass over many candidates); nr must still be given. */
int lf_score(const struct lf_item *lost, const struct lf_prep *lp, const struct lf_item *found,
    const struct lf_prep *fp, struct lf_reason *r, int *nr);
/* The points only, with a cheap exit: a pair whose points cannot reach floor even with full
 * text and marks agreement returns some value below floor without comparing the texts. A
 * result >= floor is exactly lf_score's. */
int lf_score_floor(const struct lf_item *lost, const struct lf_prep *lp,
    const struct lf_item *found, const struct lf_prep *fp, int floor);

/* Related categories (相近类别): the two sides may file one object under different categories.
 * LF_CAT_CONTENTS: one holds the other (a wallet's ID card or cash filed alone as 证件 / 现金,
 * a wallet as 包); LF_CAT_SYNONYM: one object, another word (a phone as 电子产品, an e-bike as
 * 自行车). 0: neither (the same category included). */
enum { LF_CAT_SYNONYM = 1, LF_CAT_CONTENTS = 2 };
int lf_cat_related(const char *a, const char *b);
/* The i-th category related to cat (i from 0), NULL after the last. */
const char *lf_cat_relative(const char *cat, int i);
/* The i-th category (i from 0) an item of kind p->kind may be filed under at the other side's
 * desk: 其他 for a 助听器 reported as 电子产品, 电子产品 for one filed under 其他; NULL after the
 * last. */
const char *lf_cat_kindred(const char *cat, const struct lf_prep *p, int i);
#define LF_CAT_RELATED_PTS 6    /* category points of related categories (same: 20, other: -10) */

/* The likely rule (可能是同一物品): the best candidate's points and the runner-up's (-1 when
 * none); true when the matcher judges the best to be the same object. */
bool lf_likely(int best, int second, bool serial_sure);
#define LF_LIKELY_MIN     58    /* points the best candidate needs (tuned on the tuning part) */
#define LF_LIKELY_MARGIN  6     /* points it must lead the runner-up by */
#define LF_LIKELY_SURE_MIN 40   /* the same when the serials agree */
#define LF_LIKELY_SURE_MARGIN 3

/* ---- the module (lostfound.c) ---- */
/* The order of candidates (候选排序): more points first; on equal points the pair that fits
 * better in time (the found item inside the lost report's window, then found a shorter time
 * after it; found before the window last, a shorter time before it first), then the nearer
 * pair where both pairs have both places (a pair with a distance before one without), then the
 * lower candidate case id. All but the id are properties of the pair, so the order does not
 * depend on which item was registered first. One rule for the candidates a registration keeps
 * (LF_STORE_TOP of them) and for the order GET /cases/{id}/matches shows. */
struct lf_rank {
	int64_t id;                   /* the candidate's case id */
	int points;
	int when;                     /* LF_WHEN_INSIDE, LF_WHEN_AFTER or LF_WHEN_BEFORE */
	int64_t gap_ms;               /* how far outside the window, ms (0 inside) */
	int64_t dist_m;               /* metres between the two places, -1 when one has none */
};
enum { LF_WHEN_INSIDE = 0, LF_WHEN_AFTER = 1, LF_WHEN_BEFORE = 2 };
/* Fills k for the pair of a lost report's window [lost_from, lost_to] and a found item's
 * found_at (ms), with the places when located (both sides have one). */
void lf_rank_pair(struct lf_rank *k, int64_t id, int points, int64_t lost_from, int64_t lost_to,
    int64_t found_at, bool located, double lat1, double lon1, double lat2, double lon2);
/* <0 when a ranks before b, >0 after, 0 only for the same candidate id (a total order). */
int lf_rank_cmp(const struct lf_rank *a, const struct lf_rank *b);
/* The close band (接近可能线, round 16): a best candidate just below the likely line
 * (LF_CLOSE_MIN to LF_LIKELY_MIN - 1 points) is likely too when it leads the runner-up (second,
 * -1 when none) by LF_CLOSE_MARGIN, was found inside the loss's window or at most
 * LF_CLOSE_AFTER_MS after its end (best's when and gap_ms) — a best at the line or above that
 * leads by less than LF_LIKELY_MARGIN only when found inside the window itself (round 18) —
 * and its reasons back it (unbacked
 * false, lf_reasons_unbacked: a factor that identifies the object agrees and none has negative
 * points — a pair where nothing identifying agrees stays never likely on its own); the
 * one-object-one-owner rule (lostfound_claimed_elsewhere) applies as to any likely candidate.
 * The hour is evidence the time factor's points do not carry (they give as much to a find two
 * hours after the loss). Read off the twelve training parts (docs/performance.md, "Round 16,
 * lfq16b"). */
bool lf_likely_close(const struct lf_rank *best, int second, bool unbacked);
#define LF_CLOSE_MIN 45
#define LF_CLOSE_MARGIN 3
#define LF_CLOSE_AFTER_MS (3600LL * 1000)   /* LF_CLOSE_DETAIL says "1小时" */
/* What a pair's reasons back (lf_reasons_backing): LF_BACK_NONE when one has negative points
 * or nothing identifying agrees; LF_BACK_IDENT when an identifying factor (serial, brand,
 * model, size, weight, amount, holder, count, marks) has positive points and none negative;
 * LF_BACK_FIRM when besides one of them tells this one object from others of its make (确切
 * 相符): serial, amount, holder or count with positive points, or marks with at least
 * LF_FIRM_MARKS_MIN points — not a brand, model, size or weight (every such object of that make
 * has them) nor a few of the marks' words. LF_BACK_UNREAD: not read yet (lostfound_judge reads the stored
 * pair when a band needs it). */
enum { LF_BACK_UNREAD = -1, LF_BACK_NONE = 0, LF_BACK_IDENT = 1, LF_BACK_FIRM = 2 };
#define LF_FIRM_MARKS_MIN 10    /* marks points of a whole mark confirmed: LF_W_MARKS 25 x
                                 * (1 mark + a share of 0.2) / 3 (the words alone earn 2-8) */
/* The backing of the stored reasons (the JSON array lf_matches.reasons holds); unreadable JSON
 * backs nothing (never likely on what cannot be read). */
int lf_reasons_backing(const char *stored);
/* The same of reasons at hand (a registration's, before they are stored). */
int lf_reasons_backing_of(const struct lf_reason *r, int nr);
/* Whether the stored reasons fail to back the close band (lf_reasons_backing < LF_BACK_IDENT). */
bool lf_reasons_unbacked(const char *stored);
/* The firm band (确切相符, round 18): a best candidate of the close band's points (LF_CLOSE_MIN
 * to LF_LIKELY_MIN - 1) is likely when it leads the runner-up (second, -1 when none) by
 * LF_FIRM_MARGIN, was found inside the loss's window or at most LF_FIRM_AFTER_MS after its end,
 * its reasons back it firmly (backing LF_BACK_FIRM: a feature of the one object agrees and
 * nothing speaks against it) — and (lostfound_judge) no other open lost report holds the found
 * item at LF_FIRM_CONTEST points or more, beside the one-object-one-owner rule. A brand or a
 * few shared words fit a decoy of the same make found the next day; a confirmed mark, a count
 * or a sum rarely does. Read off the fourteen training parts (docs/performance.md, "Round 18,
 * lfq18b"). */
bool lf_likely_firm(const struct lf_rank *best, int second, int backing);
#define LF_FIRM_MARGIN LF_LIKELY_MARGIN
#define LF_FIRM_AFTER_MS (48 * 3600LL * 1000)   /* LF_FIRM_DETAIL says "48小时" */
#define LF_FIRM_CONTEST LF_CLOSE_MIN   /* another lost report's points on the found item that
                                        * contest it (the band's own floor) */
#define LF_FIRM_FACTOR "firm"
#define LF_FIRM_DETAIL "拾得时间在丢失时段内或结束后48小时内，有能确认该物品的特征（特征、数量、金额、" \
	"姓名、串号）确切相符、无不符之处，领先其他候选，且无其他失物登记与该拾遗物接近：可能是同一物品"
#define LF_FIRM_DETAIL_EN "found within the time of the loss or within 48 h after it, a feature " \
	"of this one object (a mark, a count, a sum, a name, a serial) agrees and nothing speaks " \
	"against it, ahead of the other candidates, and no other lost report comes near the found " \
	"item: probably the same object"
/* The rule by which a best candidate is likely (LF_BY_NONE: it is not): the likely line
 * (lf_likely), the close band, the firm band, the learned judgement alone (lf_judge_likely). */
enum { LF_BY_NONE = 0, LF_BY_LINE = 1, LF_BY_CLOSE = 2, LF_BY_FIRM = 3, LF_BY_JUDGE = 4,
	LF_BY_HELD = 5 /* not likely: a candidate held better elsewhere shown after one of fewer
	                * points (GET /matches says so among its reasons) */ };
/* Which rule calls best likely on its points, lead, time and backing alone (before the claims
 * of other items, lostfound_judge); backing LF_BACK_UNREAD answers what a band could call it
 * if the reasons back it (then they must be read). */
int lf_likely_by(const struct lf_rank *best, int second, bool sure, int backing);
/* The reason the close band adds to its likely candidate when read (points 0: the score is
 * unchanged; never stored, like the judgement itself). */
#define LF_CLOSE_FACTOR "close"
#define LF_CLOSE_DETAIL "拾得时间在丢失时段内或结束后1小时内，有可识别特征相符、无不符之处，且领先其他候选：可能是同一物品"
#define LF_CLOSE_DETAIL_EN "found within the time of the loss or within 1 h after it, an " \
	"identifying feature agrees and nothing speaks against it, ahead of the other candidates: " \
	"probably the same object"
struct db_conn;
/* What registering me (a lost report when lost) at unit org would store: the candidates kept
 * and the likely one (0 if none), computed exactly as a create does, without writing
 * (bench/lfmatch.c measures it). */
pa_err lostfound_match_probe(struct db_conn *c, const struct lf_item *me, bool lost, int64_t org,
    int *kept, int64_t *likely_id);
/* The same, with the candidates kept: their ids and points, best first, at most max; *n how
 * many. */
pa_err lostfound_match_top(struct db_conn *c, const struct lf_item *me, bool lost, int64_t org,
    int64_t *ids, int *points, int max, int *n);
/* Prepares again the stored features (m_feat) of every open item that lf_prep_unpack refuses
 * (written by a build with another LF_PACK_MAGIC, or none), so that no match prepares them
 * on each read: in key order, LF_REFRESH_BATCH items per writer job; resumable, and nothing
 * to do the second time. Run by `pingan init` and at `serve` start. One line to progress
 * (may be NULL) when it rewrote any; *count (may be NULL) how many. */
struct db;
pa_err lostfound_feat_refresh(struct db *db, FILE *progress, int64_t *count);
/* One object, one owner (一物一主): whether cand, the best candidate of item self (a lost
 * report when self_lost) at points, is held as well or better by another open item of self's
 * side (within the likely margin): then it is not likely self's. lostfound_judge applies it. */
pa_err lostfound_claimed_elsewhere(struct db_conn *c, bool self_lost, int64_t self, int64_t cand,
    int points, bool sure, bool *claimed);
/* One object, one owner in the order (一物一主, round 27): a candidate that another open item of
 * self's side scores LF_HELD_MARGIN points or more above points is that item's, and ranks after
 * every candidate held by none (each keeps its order otherwise). GET /cases/{id}/matches, the
 * desk's alerts and a registration's likely candidate all rank so; the first LF_HELD_CHECK of a
 * list are looked at (a held one further down changes nothing at the top). */
#define LF_HELD_MARGIN 5
#define LF_HELD_CHECK  8
/* One object, one owner (一物一主) in SQL: the registration whose id is item_v in column item of
 * lf_matches (found_id or lost_id) is confirmed with an open registration of the other side
 * (column other) than self_v; a withdrawn report's confirmation is history. The confirmation's
 * own check (409 already_matched) and the candidates' confirmed_elsewhere both read it. */
#define LF_TAKEN_SQL(item, item_v, other, self_v) \
    "EXISTS (SELECT 1 FROM lf_matches x JOIN cases xc ON xc.id = x." other " " \
    "WHERE x." item " = " item_v " AND x." other " != " self_v " AND x.confirmed = 1 " \
    "AND xc.closed_at IS NULL)"
pa_err lostfound_held_elsewhere(struct db_conn *c, bool self_lost, int64_t self, int64_t cand,
    int points, bool *held);
/* Of n ranked candidates (first: the first one's lf_rank, each the next stride bytes on), the
 * index of the one ranked first once those another item holds better are set last: the first
 * of the first LF_HELD_CHECK held by none; when they all are, the next (the first if none). */
pa_err lostfound_first_unheld(struct db_conn *c, bool self_lost, int64_t self,
    const struct lf_rank *first, size_t stride, int n, int *out);
/* The runner-up's points the likely judgement reads for candidate best of the same n: the most
 * of all the others, those another item holds better too (a candidate does not lead what it was
 * ranked above only for being someone else's), -1 when none. */
int lf_runner_up(const struct lf_rank *first, size_t stride, int n, int best);
/* The learned judgement (综合判断, round 20; lf_judge.c, fitted by tools/lf_judge_fit.py): what
 * it reads of a best pair — each factor's points (the factors of lf_judge_factors) — beside its
 * rank, the runner-up, the rival, the hand-set rules' judgement and (round 39) how many reasons
 * agree and how many speak against it. */
#define LF_JUDGE_NFACT 21
#define LF_JUDGE_NFEAT (LF_JUDGE_NFACT + 10)
#define LF_JUDGE_LEAD_CAP 40       /* points: a lead beyond this says nothing more */
#define LF_JUDGE_MIN_LEAD 1        /* points ahead of the runner-up: a tie is never likely */
#define LF_JUDGE_THRESHOLD 0.45    /* probability from which the best is likely: chosen
                                    * leave-one-set-out on the 30 training parts, the
                                    * issue-worded ones weighing 1 and the others 0.3 (round
                                    * 39; tools/lf_judge_fit.py ISSUE_WORDED, OTHER_WEIGHT) */
#define LF_JUDGE_PLAIN_THRESHOLD 0.70   /* the same for a plain report's pair (the owner said
                                         * nothing that tells it apart): round 50 */
#define LF_JUDGE_POINTS_MIN 30     /* points below which no pair is likely, whatever the
                                    * probability (round 51: on the 46 training parts such
                                    * calls were right 2 times for 11 never-found reports) */
struct lf_evidence {
	double fact[LF_JUDGE_NFACT];   /* the points of each factor of the pair's reasons */
	int agreeing;                  /* reasons with positive points that tell this object from
	                                * others (not category, time, text or place) */
	int against;                   /* reasons with negative points */
	bool conflict;                 /* a reason says a stated mark is contradicted ("conflict",
	                                * at any points): lf_evidence_contradicted */
	bool plain;                    /* the owner said nothing that tells it from others like it
	                                * ("plain"): never likely on what any such object has */
};
/* The evidence of reasons at hand (a registration's) or of stored reasons (the JSON array of
 * lf_matches.reasons; false when unreadable, the evidence then empty); lf_evidence_add adds one
 * reason (a factor the judge does not read, such as a band's own, adds nothing). */
void lf_evidence_of(struct lf_evidence *e, const struct lf_reason *r, int nr);
bool lf_evidence_json(struct lf_evidence *e, const char *stored);
void lf_evidence_add(struct lf_evidence *e, const char *factor, int points);
/* Whether the evidence is contradicted, never likely (round 22): a conflict reason, or a brand
 * the other side contradicts with no serial agreeing to outweigh it. */
bool lf_evidence_contradicted(const struct lf_evidence *e);
/* The probability that best (of a lost report, its runner-up's points second, -1 when none) is
 * the same object, given the best points another open lost report gives its found item (rival,
 * -1 when none) and whether the hand-set rules call it likely (hand); lf_judge_likely: that
 * probability reaches LF_JUDGE_THRESHOLD, it is not tied (tied: a candidate within
 * LF_JUDGE_MIN_LEAD of it that no other item holds better; round 39, before any such candidate),
 * nothing stated is contradicted (lf_evidence_contradicted) and the found item is not another
 * open lost report's first with as many points (rival_first: one object, one owner, round 39;
 * a rival as good that has a better candidate of its own weighs in the probability). */
double lf_judge_p(const struct lf_evidence *e, const struct lf_rank *best, int second,
    int rival, bool hand);
bool lf_judge_likely(const struct lf_evidence *e, const struct lf_rank *best, int second,
    int rival, bool rival_first, bool tied, bool hand);
/* Whether the server judges by the hand-set rules alone (PINGAN_LF_JUDGE=rules: the learned
 * judgement off), as round 19 did: how the dumps that refit it are taken (bench/lostfound.mjs
 * --rules, tools/lf_judge_fit.py), and a way back for a unit that wants only the rules. */
bool lf_judge_rules_only(void);
/* The reason the learned judgement adds to a likely candidate the hand-set rules do not call
 * likely (points 0, said when read, never stored). */
#define LF_JUDGE_FACTOR "judged"
#define LF_JUDGE_DETAIL "综合相符的特征、拾得时间、与其他候选的差距以及有无其他失主判断：可能是同一物品"
#define LF_JUDGE_DETAIL_EN "judged on all the evidence together (what agrees, when it was found, " \
	"how far it leads the other candidates, whether another owner could claim it): probably " \
	"the same object"
/* The likely judgement (可能是同一物品) of candidate best of the n ranked at first (stride bytes
 * apart) of item self (a lost report when self_lost) — its runner-up lf_runner_up's, a tie only
 * with a candidate no other item holds better (lostfound_held_elsewhere; round 39) — sure when
 * a serial agrees, and its reasons: r and nr when at hand (a registration's), else the stored pair's
 * JSON when the caller read it (stored), else read here. First the hand-set rules (the likely
 * line, the bands; none when another item claims it, lostfound_claimed_elsewhere; for the firm
 * band also another lost report at LF_FIRM_CONTEST or more on the found item), then the learned
 * judgement (lf_judge_likely) over the pair seen from its lost report: its runner-up among the
 * report's candidates and the found item's best other lost report. *by the rule that calls it
 * likely (LF_BY_*; LF_BY_JUDGE when the learned one alone does), LF_BY_NONE when it is not.
 * One helper for a registration (the desk's notice), an edit's earlier judgement,
 * GET /cases/{id}/matches and the desk's alerts; a confirmed pair is the caller's (always
 * likely). */
pa_err lostfound_judge(struct db_conn *c, bool self_lost, int64_t self, const struct lf_rank *first,
    size_t stride, int n, int best, bool sure, const struct lf_reason *r, int nr,
    const char *stored, int *by);
/* The query plans of the candidate reads (both sides' ranges, the serial tail) as one line;
 * *indexed false when one of them scans a table or sorts (bench/lfmatch.c shows and checks). */
pa_err lostfound_match_plan(struct db_conn *c, char *out, size_t cap, bool *indexed);
/* SQL: the found item whose case id is the expression found is held for its owner — a lost
 * report confirmed with it (`match`) is still open; disposal is refused then (owner_waiting),
 * and it is left out of the public notice (招领公告: an item whose owner is known invites false
 * claims) until the pair is undone or the report withdrawn. */
#define LF_OWNER_WAITING_SQL(found) \
    "EXISTS (SELECT 1 FROM lf_matches mw JOIN cases lw ON lw.id = mw.lost_id " \
    "WHERE mw.found_id = " found " AND mw.confirmed = 1 AND lw.closed_at IS NULL)"

/* What a registration of another station is, as its candidates' lists show it to a station
 * that may not open it (相邻派出所): category name and colour as typed (钱包（黑色）; in English
 * the colour in English words, "Wallet (black)": lf_color_en), never its title (free text can
 * carry a name or a phone number). */
#define LF_SUMMARY_BYTES (LIM_TITLE_CHARS * 3 + 1)
/* A colour as English says it (银色 silver, 深蓝 dark blue, 哑光黑带红边 black/red; Latin as
 * written; a name no family is known for as written): lostfound.c. */
void lf_color_en(const char *color, char *out, size_t n);
void lostfound_summary(const char *cat, const char *color, bool en, char out[LF_SUMMARY_BYTES]);

/* Days before the end of a found item's claim period (认领期限) from which the desk lists it
 * (GET /lostfound/expiring) and the station is told that it ends soon (lf_claim_ending). A
 * plain number: the notice's words are made from it ("30天内"). */
#define LF_EXPIRING_DAYS 30

/* The claim clock's notices (闭环): the registering officer when a found item's public notice
 * comes out, the station LF_EXPIRING_DAYS before the claim period ends (only when the period
 * is longer than that: a shorter one is that close from its notice on, and that notice would
 * come with the publication), the officer and the leaders when it has ended; each moment
 * once, from marks kept in lf_settings (the first pass starts at its own time). Called by the
 * scheduler with the supervision pass. Returns the notices queued. */
int lostfound_tick(struct db *db, int64_t now);

/* ---- ID numbers in the texts (证件号码, lf_pii.c) ----
 * A full resident ID number (18 characters, GB 11643 check character and a real birth date)
 * typed into a lost report's or found item's title, description, serial or marks is not
 * stored there: the text keeps its mask (person_mask_id: 330702********1237) and the number
 * goes to the persons registry as the ID's holder (证件持有人) linked to the case. The matcher
 * still sees the whole number in memory; what it stores (m_feat) holds the mask, then
 * LF_SEAL_CHAR and a keyed hash of the whole number (a "sealed" serial). */
#define LF_SEAL_CHAR     '#'    /* never in a normalised serial (lf_serial_norm) */
#define LF_PII_IDS       4      /* ID numbers taken out of one item (more stay masked only) */
#define LF_PII_HASH_BYTES 12    /* bytes of a sealed serial's keyed hash (hex in the serial) */
#define LF_PII_BATCH     200    /* rows of the upgrade pass per writer job */
#define LF_PII_ID15_CUE_BYTES 48 /* how far before a 15-digit ID number its cue may be (its clause) */
struct lf_pii {
	int n;
	bool failed;                  /* a text could not be scrubbed (no memory): refuse it */
	char id[LF_PII_IDS][20];      /* normalised (upper-case X), NUL-terminated */
	int n15;                      /* first-generation (15-digit) ID numbers masked: the */
	char id15[LF_PII_IDS][16];    /* registry takes 18 only, so they are masked, not linked */
};
/* Copies in to out (cap bytes, at least strlen(in) + 1) with every full ID number replaced by
 * its mask, and adds each number to p (once; beyond LF_PII_IDS masked only). A number is 17
 * digits and a digit or X, together or grouped 6-8-4, 6-4-4-4 or 3-3-4-4-4 by one kind of
 * separator (space, '-', '.', '/'; a run of it is one), with no digit before it and no digit
 * or X after it (a Latin letter may touch it: IDNo330702…), valid on today_ymd (its mask is
 * written together). Found in a normalised copy: full-width digits and Ｘ, en and em dashes,
 * the ideographic space count as their ASCII forms; the span of in is replaced.
 * Returns whether anything was replaced; without memory p->failed is set, out is empty and
 * the caller must refuse the text. Pure. */
bool lf_pii_scrub(const char *in, char *out, size_t cap, struct lf_pii *p, int today_ymd);
/* A first-generation ID number (一代身份证: 15 digits, a region whose first digit is 1-6 and
 * second not 0, a real birth date YYMMDD of 19YY, a 3-digit sequence, no check digit) is
 * masked the same way (first 6 and last 4: 330702*****1237) only with an ID cue before it in its clause (身份证, 身分证, 身份证号, 公民身份号码, 身份
 * 号码, 证件号, 证号; within LF_PII_ID15_CUE_BYTES) and no other number's cue after that cue
 * (串号, IMEI, 学号, 学生证, 驾驶证, 卡号, 电话 …): an IMEI has 15 digits too. Such numbers go to
 * p->id15, not to the registry (it accepts 18-character ID card numbers only). */
/* The same for a serial field (串号/编号), its own cue for a card number: a 16-19 digit
 * Luhn-valid number there is a bank card's with no 卡 before it (an IMEI's 15 digits stay). */
bool lf_pii_scrub_serial(const char *in, char *out, size_t cap, struct lf_pii *p, int today_ymd);
/* The reverse for the matcher: each mask of a number of p in in is replaced by the number
 * (out as large as in). Pure. */
void lf_pii_restore(const char *in, char *out, size_t cap, const struct lf_pii *p);
/* lf_prepare of an item whose texts may hold full ID numbers, for storing: the serials that
 * are whole ID numbers are sealed, the text tokens are those of the masked texts. tail (may
 * be NULL) gets the serial tail (lf_serial_tail) of the whole number. */
void lf_pii_prepare(const struct lf_item *full, struct lf_prep *p, char tail[8]);
/* Bank card numbers (16-19 digits, Luhn-valid, a card, its bank or an account named in the
 * clause before: 卡号, 银行卡, 工商银行, 建行, 账号, 户名 …; in a serial field none needed) are
 * masked in the texts too (前6后4), and kept nowhere whole: the features seal them like ID
 * numbers (mask 622202*********0123, LF_SEAL_CHAR, keyed hash), and every seal is kept in
 * lf_serials (lf_pii_card_seal: whether a serial is one) so that features prepared again from
 * the masked text get it back (lf_pii_seal_apply: the serial equal to its mask, as
 * lf_serial_norm reads it, becomes the seal). */
bool lf_pii_card_seal(const char *serial);
void lf_pii_seal_apply(struct lf_prep *p, const char *seal);
/* The ID numbers of the persons linked to case id (opened through the registry's keys). */
struct db_conn;
pa_err lf_pii_case_ids(struct db_conn *c, int64_t id, struct lf_pii *p);
/* The upgrade pass: masks the ID and card numbers still in any scrubbed text of lost and found
 * rows (written before this version: the texts create and edit mask, one table in
 * lostfound.c), moves the 18-character ID numbers into the persons registry, clears the rows'
 * stored features for the refresh and re-indexes the cases, LF_PII_BATCH rows per writer job;
 * once per pass version (lf_settings.pii_moved), nothing to do the second time. *count (may be
 * NULL) gets the cases changed. */
pa_err lostfound_pii_upgrade(struct db *db, FILE *progress, int64_t *count);

/* ---- made titles (标题): 钥匙（银色） in Chinese, Keys (silver) in English ----
 * A registration without a title gets one made from its category, colour and brand; the
 * Chinese one is its title (stored, searched, matched), and both are kept in its attrs
 * ("title_made": {"zh", "en"}) so that a reader of English sees the English one for as long as
 * the title is still the one made (a title a person typed or edited is never translated).
 * The English one names a known maker typed in Chinese by its Latin name (华为 Huawei). */
/* The title to show a reader of language en from a row's title and its attrs JSON text
 * (cases.attrs): the English made title into out when en and the title is still the made
 * one, else title itself (out unused). */
const char *lf_title_shown(const char *title, const char *attrs, bool en, char *out, size_t n);
/* Once per database (lf_settings.titles_made), at `init` and at `serve` start: the lost reports
 * and found items registered before made titles were kept in both languages, whose title is
 * exactly what the maker makes of their category, colour and brand, get title_made as a
 * registration now would (a typed or edited title is left alone); LF_TITLES_BATCH rows per
 * writer job. A line on progress (may be NULL) says how many when any; *count (may be NULL)
 * gets them. */
pa_err lostfound_titles_made(struct db *db, FILE *progress, int64_t *count);
#define LF_TITLE_BYTES (LIM_TITLE_CHARS * 3 + 1)
/* The colour families a colour text names, in plain words (黑色/银灰色, black/silver-grey),
 * "" when it names none (lostfound_api.c: the public notice's words). */
void lf_color_words(const char *color, bool en, char *out, size_t n);

struct http_req;
void lostfound_api_matches(struct http_req *r);
void lostfound_api_public(struct http_req *r);
void lostfound_api_public_stations(struct http_req *r);
/* GET /api/v1/lostfound/stations (signed in): the stations where the caller may register a
 * lost report (a citizen's area), with their claim offices. */
void lostfound_api_lost_stations(struct http_req *r);
void lostfound_api_settings_get(struct http_req *r);
void lostfound_api_settings_put(struct http_req *r);
void lostfound_api_stats(struct http_req *r);
void lostfound_api_expiring(struct http_req *r);
void lostfound_api_alerts(struct http_req *r);

#endif
