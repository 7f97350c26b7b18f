/*
 * cats.c - category values of census extracts to the canonical ones
 * (FIELDS.md): sex, hukou type, household type to lodging, industry by
 * section name or, under a GB/T 4754 version, by section letter,
 * activity, and the time away from the place of registration to
 * months.  Tables over if-chains; values are compared with spaces and
 * punctuation (、，,;()) left out, so 农、林、牧、渔业 is 农林牧渔业.
 */
#include <string.h>

#include "cats.h"
#include "values.h"

#define N(a) (sizeof(a) / sizeof(a[0]))

static const struct pc_catval sex[] = {
	{ "男", "m" }, { "女", "f" }, { "男性", "m" }, { "女性", "f" },
	{ "1", "m" }, { "2", "f" },
};

/* 户口性质: 1 农业, 2 非农业 in the 1982-2010 census forms; 自理口粮
 * townsmen from 1984 (State Council, 1984, No. 141). */
static const struct pc_catval hukou[] = {
	{ "农业", "agri" }, { "非农业", "nonagri" },
	{ "农业户口", "agri" }, { "非农业户口", "nonagri" },
	{ "1", "agri" }, { "2", "nonagri" },
	{ "自理口粮", "selfgrain" }, { "自理口粮户口", "selfgrain" },
	{ "自理口粮户", "selfgrain" },
};

/* 户别: a census records a dormitory only as a collective household. */
static const struct pc_catval lodging[] = {
	{ "家庭户", "home" }, { "集体户", "dorm" },
	{ "1", "home" }, { "2", "dorm" },
};

/* Sections of GB/T 4754-1984, -1994, -2002 and -2011 by name. */
static const struct pc_catval industry[] = {
	{ "农林牧渔业", "agri" }, { "农林牧渔水利业", "agri" },
	{ "农业", "agri" },
	{ "采矿业", "industry" }, { "采掘业", "industry" },
	{ "制造业", "industry" }, { "工业", "industry" },
	{ "电力燃气及水的生产和供应业", "industry" },
	{ "电力煤气及水的生产和供应业", "industry" },
	{ "电力热力燃气及水生产和供应业", "industry" },
	{ "建筑业", "construction" },
	{ "地质勘查业水利管理业", "services" },
	{ "地质普查和勘探业", "services" },
	{ "交通运输仓储和邮政业", "services" },
	{ "交通运输仓储及邮电通信业", "services" },
	{ "交通运输邮电通信业", "services" },
	{ "信息传输计算机服务和软件业", "services" },
	{ "信息传输软件和信息技术服务业", "services" },
	{ "批发和零售业", "services" }, { "批发和零售贸易餐饮业", "services" },
	{ "商业公共饮食业物资供销和仓储业", "services" },
	{ "住宿和餐饮业", "services" }, { "金融业", "services" },
	{ "金融保险业", "services" }, { "房地产业", "services" },
	{ "房地产管理公用事业居民服务和咨询服务业", "services" },
	{ "租赁和商务服务业", "services" }, { "社会服务业", "services" },
	{ "科学研究技术服务和地质勘查业", "services" },
	{ "科学研究和技术服务业", "services" },
	{ "科学研究和综合技术服务业", "services" },
	{ "科学研究和综合技术服务事业", "services" },
	{ "水利环境和公共设施管理业", "services" },
	{ "居民服务和其他服务业", "services" },
	{ "居民服务修理和其他服务业", "services" },
	{ "教育", "services" }, { "教育文化艺术及广播电影电视业", "services" },
	{ "教育文化艺术和广播电视事业", "services" },
	{ "卫生社会保障和社会福利业", "services" },
	{ "卫生和社会工作", "services" },
	{ "卫生体育和社会福利业", "services" },
	{ "卫生体育和社会福利事业", "services" },
	{ "文化体育和娱乐业", "services" },
	{ "公共管理和社会组织", "services" },
	{ "公共管理社会保障和社会组织", "services" },
	{ "国家机关党政机关和社会团体", "services" },
	{ "国际组织", "services" }, { "其他行业", "services" },
	{ "无", "none" }, { "不在业", "none" },
};

static const struct pc_catval activity[] = {
	{ "在业", "employed" }, { "就业", "employed" },
	{ "有工作", "employed" },
	{ "失业", "unemployed" }, { "待业", "unemployed" },
	{ "失业人员", "unemployed" }, { "待业人员", "unemployed" },
	{ "不在业", "inactive" }, { "离退休", "inactive" },
	{ "离退休人员", "inactive" }, { "在校学生", "inactive" },
	{ "料理家务", "inactive" }, { "丧失劳动能力", "inactive" },
};

/*
 * 离开户口登记地时间 (2000 and 2010 censuses): the lower bound of the
 * band in months, at most 12, but "under half a year" is 1 (it is
 * recorded only when away at all).  常住户口登记状况 (1982, 1990: one
 * year and the county as the unit): away a year or more is 12; living
 * where registered says nothing of moves within the county, so NA
 * (docs/design.md section 7).
 */
static const struct pc_catval months[] = {
	{ "没有离开户口登记地", "0" }, { "未离开户口登记地", "0" },
	{ "未离开", "0" },
	{ "半年以下", "1" }, { "不满半年", "1" }, { "半年以内", "1" },
	{ "半年至一年", "6" }, { "半年以上不满一年", "6" },
	{ "一年以上", "12" }, { "一年至二年", "12" }, { "一年至两年", "12" },
	{ "二年至三年", "12" }, { "两年至三年", "12" },
	{ "三年至四年", "12" }, { "四年至五年", "12" },
	{ "五年至六年", "12" }, { "六年以上", "12" },
	{ "二年以上", "12" }, { "三年以上", "12" }, { "五年以上", "12" },
	{ "居住本县市户口在本县市", "" },
	{ "居住本县市一年以上户口在外县市", "12" },
	{ "居住本县市不满一年离开户口登记地一年以上", "12" },
	{ "居住本县市户口待定", "" },
	{ "原住本县市现在国外工作学习暂无户口", "" },
};

static const struct pc_catmap maps[] = {
	{ "activity", "employed, unemployed, inactive", activity,
	    N(activity), 0 },
	{ "hukou_type", "agri, nonagri, selfgrain", hukou, N(hukou), 0 },
	{ "industry", "agri, industry, construction, services, none",
	    industry, N(industry), 0 },
	{ "lodging", "home, dorm, rented, other", lodging, N(lodging), 0 },
	{ "months_away", "0 to 12", months, N(months), 1 },
	{ "sex", "m, f", sex, N(sex), 0 },
};

const struct pc_catmap *
pc_cat_find(const char *field)
{
	size_t i;

	for (i = 0; i < N(maps); i++)
		if (strcmp(maps[i].field, field) == 0)
			return &maps[i];
	return NULL;
}

int
pc_cat_is_canon(const struct pc_catmap *m, const char *s, size_t len)
{
	const char *p = m->canon;

	if (m->numeric) {
		if (len == 1 && s[0] >= '0' && s[0] <= '9')
			return 1;
		return len == 2 && s[0] == '1' && s[1] >= '0' && s[1] <= '2';
	}
	while (*p) {
		size_t n = strcspn(p, ",");

		if (n == len && memcmp(p, s, n) == 0)
			return 1;
		p += n;
		while (*p == ',' || *p == ' ')
			p++;
	}
	return 0;
}

/* Sections A to M of GB/T 4754-1984 (the 1990 census): B 工业 is all
 * of industry, D construction.  A to P of GB/T 4754-1994, A to T of
 * 2002 and 2011 (the 2000, 2010 and 2020 censuses): B to D industry
 * (D utilities), E construction. */
const char *
pc_cat_letter(char letter, int scheme)
{
	int i, last;

	if (letter >= 'a' && letter <= 'z')
		letter = (char)(letter - 'a' + 'A');
	if (letter < 'A' || letter > 'Z')
		return NULL;
	i = letter - 'A';
	switch (scheme) {
	case 1984:
		if (i > 'M' - 'A')
			return NULL;
		return i == 0 ? "agri" : i == 1 ? "industry" : i == 3 ?
		    "construction" : "services";
	case 1994:
		last = 'P';
		break;
	case 2002:
	case 2011:
		last = 'T';
		break;
	default:
		return NULL;
	}
	if (i > last - 'A')
		return NULL;
	return i == 0 ? "agri" : i <= 3 ? "industry" : i == 4 ?
	    "construction" : "services";
}

int
pc_cat_scheme_of_year(int year)
{
	if (year >= 1985 && year <= 1994)
		return 1984;
	if (year >= 1995 && year <= 2002)
		return 1994;
	if (year >= 2003 && year <= 2011)
		return 2002;
	if (year >= 2012)
		return 2011;
	return 0;
}

/* s with spaces and the punctuation of lists left out, into out. */
static size_t
squeeze(const char *s, size_t len, char *out, size_t outsize)
{
	static const char *const drop[] = { "\xe3\x80\x81", "\xef\xbc\x8c",
		"\xef\xbc\x9b", "\xef\xbc\x88", "\xef\xbc\x89", ",", ";", "(",
		")", NULL };
	size_t i = 0, o = 0, k;

	while (i < len) {
		if ((k = pc_space_len((const unsigned char *)s + i,
		    len - i)) == 0) {
			size_t j;

			for (j = 0; drop[j]; j++)
				if (strncmp(s + i, drop[j], strlen(drop[j])) ==
				    0 && strlen(drop[j]) <= len - i) {
					k = strlen(drop[j]);
					break;
				}
		}
		if (k > 0) {
			i += k;
			continue;
		}
		if (o + 1 >= outsize)
			return 0;
		out[o++] = s[i++];
	}
	out[o] = '\0';
	return o;
}

const char *
pc_cat_value(const struct pc_catmap *m, const char *s, size_t len,
    int scheme, const struct pc_uservals *user)
{
	char key[256];
	size_t i, n;

	if ((n = squeeze(s, len, key, sizeof(key))) == 0)
		return NULL;
	for (i = 0; user && i < user->n; i++)
		if (user->of[i] == m && strcmp(user->v[i].raw, key) == 0)
			return user->v[i].canon;
	for (i = 0; i < m->n; i++)
		if (strcmp(m->vals[i].raw, key) == 0)
			return m->vals[i].canon;
	if (n == 1 && strcmp(m->field, "industry") == 0)
		return pc_cat_letter(key[0], scheme);
	return NULL;
}
