/**
 * Leaders and diplomats of this news, with Arabic spellings and the offices they held (ISO date ranges,
 * `null` = open), so a role phrase such as `الرئيس الأمريكي` resolves to the right person on a date.
 */
import type { CatalogOffice, CatalogPerson, OfficeKey } from "./types.ts";

type OfficeRow = [OfficeKey, string, string | null, string | null];

function person(
  slug: string,
  en: string,
  aliases: string[],
  offices: OfficeRow[],
  weakAliases: string[] = [],
): CatalogPerson {
  const rows: CatalogOffice[] = offices.map(([office, of, from, to]) => ({
    office,
    of: of.includes(":") ? of : `country:${of}`,
    from,
    to,
  }));
  return {
    id: `person:${slug}`,
    type: "Person",
    name: { ar: aliases[0]!, en },
    aliases,
    weakAliases,
    offices: rows,
  };
}

export const PEOPLE: CatalogPerson[] = [
  // Russia
  person(
    "vladimir-putin",
    "Vladimir Putin",
    ["فلاديمير بوتين", "بوتين", "بوتن", "فلاديمير بوتن"],
    [
      ["president", "russia", "2000-05-07", "2008-05-07"],
      ["prime-minister", "russia", "2008-05-08", "2012-05-07"],
      ["president", "russia", "2012-05-07", null],
    ],
  ),
  person(
    "dmitry-medvedev",
    "Dmitry Medvedev",
    ["دميتري ميدفيديف", "ديمتري ميدفيديف", "ميدفيديف", "مدفيديف"],
    [
      ["president", "russia", "2008-05-07", "2012-05-07"],
      ["prime-minister", "russia", "2012-05-08", "2020-01-16"],
    ],
  ),
  person(
    "mikhail-mishustin",
    "Mikhail Mishustin",
    ["ميخائيل ميشوستين", "ميشوستين"],
    [["prime-minister", "russia", "2020-01-16", null]],
  ),
  person(
    "sergey-lavrov",
    "Sergey Lavrov",
    ["سيرغي لافروف", "سيرجي لافروف", "سيرجيه لافروف", "لافروف"],
    [["foreign-minister", "russia", "2004-03-09", null]],
  ),
  person(
    "sergei-shoigu",
    "Sergei Shoigu",
    ["سيرغي شويغو", "سيرجي شويجو", "شويغو", "شويجو"],
    [["defense-minister", "russia", "2012-11-06", "2024-05-12"]],
  ),
  person(
    "andrei-belousov",
    "Andrei Belousov",
    ["أندريه بيلوسوف", "بيلوسوف"],
    [["defense-minister", "russia", "2024-05-14", null]],
  ),
  person(
    "dmitry-peskov",
    "Dmitry Peskov",
    ["دميتري بيسكوف", "ديمتري بيسكوف", "بيسكوف"],
    [["spokesperson", "org:kremlin", "2012-05-22", null]],
  ),
  person(
    "maria-zakharova",
    "Maria Zakharova",
    ["ماريا زاخاروفا", "زاخاروفا"],
    [["spokesperson", "russia", "2015-08-10", null]],
  ),
  person(
    "mikhail-bogdanov",
    "Mikhail Bogdanov",
    ["ميخائيل بوغدانوف", "ميخائيل بوجدانوف", "بوغدانوف"],
    [["deputy-foreign-minister", "russia", "2011-06-01", null]],
  ),
  person(
    "alexander-lavrentiev",
    "Alexander Lavrentiev",
    ["ألكسندر لافرينتييف", "ألكسندر لافرنتييف", "لافرينتييف"],
    [["un-envoy", "russia", null, null]],
  ),
  // Egypt
  person(
    "abdel-fattah-el-sisi",
    "Abdel Fattah el-Sisi",
    ["عبد الفتاح السيسي", "السيسي"],
    [["president", "egypt", "2014-06-08", null]],
  ),
  person(
    "sameh-shoukry",
    "Sameh Shoukry",
    ["سامح شكري"],
    [["foreign-minister", "egypt", "2014-06-17", "2024-07-03"]],
    ["شكري"],
  ),
  person(
    "badr-abdelatty",
    "Badr Abdelatty",
    ["بدر عبد العاطي", "عبد العاطي"],
    [["foreign-minister", "egypt", "2024-07-03", null]],
  ),
  person(
    "mostafa-madbouly",
    "Mostafa Madbouly",
    ["مصطفى مدبولي", "مدبولي"],
    [["prime-minister", "egypt", "2018-06-07", null]],
  ),
  person(
    "sherif-ismail",
    "Sherif Ismail",
    ["شريف إسماعيل"],
    [["prime-minister", "egypt", "2015-09-19", "2018-06-07"]],
  ),
  person("bassam-radi", "Bassam Radi", ["بسام راضي"], [["spokesperson", "egypt", null, null]]),
  person("ahmed-abu-zeid", "Ahmed Abu Zeid", ["أحمد أبو زيد"], [["spokesperson", "egypt", null, null]]),
  // Syria
  person(
    "bashar-al-assad",
    "Bashar al-Assad",
    ["بشار الأسد", "الأسد", "بشار حافظ الأسد"],
    [["president", "syria", "2000-07-17", "2024-12-08"]],
  ),
  person(
    "walid-muallem",
    "Walid Muallem",
    ["وليد المعلم"],
    [["foreign-minister", "syria", "2006-02-11", "2020-11-16"]],
    ["المعلم"],
  ),
  person(
    "faisal-mekdad",
    "Faisal Mekdad",
    ["فيصل المقداد", "المقداد"],
    [["foreign-minister", "syria", "2020-11-22", "2024-12-08"]],
  ),
  person("bouthaina-shaaban", "Bouthaina Shaaban", ["بثينة شعبان"], []),
  person("bashar-jaafari", "Bashar Jaafari", ["بشار الجعفري", "الجعفري"], []),
  person(
    "ahmed-al-sharaa",
    "Ahmed al-Sharaa",
    ["أحمد الشرع"],
    [["president", "syria", "2025-01-29", null]],
    ["الشرع"],
  ),
  person(
    "asaad-al-shaibani",
    "Asaad al-Shaibani",
    ["أسعد الشيباني", "الشيباني"],
    [["foreign-minister", "syria", "2024-12-21", null]],
  ),
  // Israel
  person(
    "benjamin-netanyahu",
    "Benjamin Netanyahu",
    ["بنيامين نتنياهو", "نتنياهو", "نتانياهو", "بنيامين نتانياهو"],
    [
      ["prime-minister", "israel", "1996-06-18", "1999-07-06"],
      ["prime-minister", "israel", "2009-03-31", "2021-06-13"],
      ["prime-minister", "israel", "2022-12-29", null],
    ],
  ),
  person(
    "naftali-bennett",
    "Naftali Bennett",
    ["نفتالي بينيت", "بينيت"],
    [["prime-minister", "israel", "2021-06-13", "2022-06-30"]],
  ),
  person(
    "yair-lapid",
    "Yair Lapid",
    ["يائير لابيد", "لابيد"],
    [["prime-minister", "israel", "2022-07-01", "2022-12-29"]],
  ),
  // United States
  person(
    "donald-trump",
    "Donald Trump",
    ["دونالد ترامب", "ترامب", "ترمب", "دونالد ترمب"],
    [
      ["president", "united-states", "2017-01-20", "2021-01-20"],
      ["president", "united-states", "2025-01-20", null],
    ],
  ),
  person(
    "joe-biden",
    "Joe Biden",
    ["جو بايدن", "بايدن"],
    [["president", "united-states", "2021-01-20", "2025-01-20"]],
  ),
  person(
    "barack-obama",
    "Barack Obama",
    ["باراك أوباما", "أوباما"],
    [["president", "united-states", "2009-01-20", "2017-01-20"]],
  ),
  person(
    "john-kerry",
    "John Kerry",
    ["جون كيري", "كيري"],
    [["foreign-minister", "united-states", "2013-02-01", "2017-01-20"]],
  ),
  person(
    "rex-tillerson",
    "Rex Tillerson",
    ["ريكس تيلرسون", "تيلرسون"],
    [["foreign-minister", "united-states", "2017-02-01", "2018-03-31"]],
  ),
  person(
    "mike-pompeo",
    "Mike Pompeo",
    ["مايك بومبيو", "بومبيو"],
    [["foreign-minister", "united-states", "2018-04-26", "2021-01-20"]],
  ),
  person(
    "antony-blinken",
    "Antony Blinken",
    ["أنتوني بلينكن", "بلينكن", "بلينكين"],
    [["foreign-minister", "united-states", "2021-01-26", "2025-01-20"]],
  ),
  person(
    "marco-rubio",
    "Marco Rubio",
    ["ماركو روبيو", "روبيو"],
    [["foreign-minister", "united-states", "2025-01-21", null]],
  ),
  // Saudi Arabia
  person(
    "king-salman",
    "King Salman bin Abdulaziz",
    ["سلمان بن عبد العزيز", "سلمان بن عبد العزيز آل سعود"],
    [["king", "saudi-arabia", "2015-01-23", null]],
    ["سلمان"],
  ),
  person(
    "mohammed-bin-salman",
    "Mohammed bin Salman",
    ["محمد بن سلمان"],
    [
      ["crown-prince", "saudi-arabia", "2017-06-21", null],
      ["prime-minister", "saudi-arabia", "2022-09-27", null],
    ],
  ),
  person(
    "adel-al-jubeir",
    "Adel al-Jubeir",
    ["عادل الجبير", "الجبير"],
    [["foreign-minister", "saudi-arabia", "2015-04-29", "2018-12-27"]],
  ),
  person(
    "faisal-bin-farhan",
    "Faisal bin Farhan",
    ["فيصل بن فرحان"],
    [["foreign-minister", "saudi-arabia", "2019-10-23", null]],
  ),
  // Turkey
  person(
    "recep-tayyip-erdogan",
    "Recep Tayyip Erdoğan",
    ["رجب طيب أردوغان", "أردوغان", "اردوغان", "إردوغان"],
    [
      ["prime-minister", "turkey", "2003-03-14", "2014-08-28"],
      ["president", "turkey", "2014-08-28", null],
    ],
  ),
  person(
    "mevlut-cavusoglu",
    "Mevlüt Çavuşoğlu",
    ["مولود جاويش أوغلو", "جاويش أوغلو", "مولود تشاووش أوغلو", "تشاووش أوغلو"],
    [
      ["foreign-minister", "turkey", "2014-08-29", "2015-08-28"],
      ["foreign-minister", "turkey", "2015-11-24", "2023-06-04"],
    ],
  ),
  person(
    "hakan-fidan",
    "Hakan Fidan",
    ["هاكان فيدان", "فيدان"],
    [["foreign-minister", "turkey", "2023-06-04", null]],
  ),
  // Iran
  person(
    "hassan-rouhani",
    "Hassan Rouhani",
    ["حسن روحاني", "روحاني"],
    [["president", "iran", "2013-08-03", "2021-08-03"]],
  ),
  person(
    "ebrahim-raisi",
    "Ebrahim Raisi",
    ["إبراهيم رئيسي", "ابراهيم رئيسي"],
    [["president", "iran", "2021-08-03", "2024-05-19"]],
    ["رئيسي"],
  ),
  person(
    "masoud-pezeshkian",
    "Masoud Pezeshkian",
    ["مسعود بزشكيان", "بزشكيان"],
    [["president", "iran", "2024-07-28", null]],
  ),
  person(
    "mohammad-javad-zarif",
    "Mohammad Javad Zarif",
    ["محمد جواد ظريف"],
    [["foreign-minister", "iran", "2013-08-15", "2021-08-25"]],
    ["ظريف"],
  ),
  person(
    "hossein-amir-abdollahian",
    "Hossein Amir-Abdollahian",
    ["حسين أمير عبد اللهيان", "أمير عبد اللهيان", "عبد اللهيان"],
    [["foreign-minister", "iran", "2021-08-25", "2024-05-19"]],
  ),
  person(
    "abbas-araghchi",
    "Abbas Araghchi",
    ["عباس عراقجي", "عراقجي"],
    [["foreign-minister", "iran", "2024-08-21", null]],
  ),
  person(
    "ali-khamenei",
    "Ali Khamenei",
    ["علي خامنئي", "خامنئي"],
    [["supreme-leader", "iran", "1989-06-04", null]],
  ),
  // Europe, Asia
  person(
    "emmanuel-macron",
    "Emmanuel Macron",
    ["إيمانويل ماكرون", "إيمانويل ماكرون", "ماكرون"],
    [["president", "france", "2017-05-14", null]],
  ),
  person(
    "francois-hollande",
    "François Hollande",
    ["فرانسوا هولاند", "هولاند"],
    [["president", "france", "2012-05-15", "2017-05-14"]],
  ),
  person(
    "angela-merkel",
    "Angela Merkel",
    ["أنجيلا ميركل", "أنغيلا ميركل", "ميركل"],
    [["chancellor", "germany", "2005-11-22", "2021-12-08"]],
  ),
  person(
    "olaf-scholz",
    "Olaf Scholz",
    ["أولاف شولتس", "أولاف شولتز", "شولتس", "شولتز"],
    [["chancellor", "germany", "2021-12-08", "2025-05-06"]],
  ),
  person(
    "xi-jinping",
    "Xi Jinping",
    ["شي جين بينغ", "شي جين بينج", "شي جينبينغ"],
    [["president", "china", "2013-03-14", null]],
  ),
  person(
    "wang-yi",
    "Wang Yi",
    ["وانغ يي", "وانج يي"],
    [
      ["foreign-minister", "china", "2013-03-16", "2022-12-30"],
      ["foreign-minister", "china", "2023-07-25", null],
    ],
  ),
  person(
    "boris-johnson",
    "Boris Johnson",
    ["بوريس جونسون"],
    [["prime-minister", "united-kingdom", "2019-07-24", "2022-09-06"]],
  ),
  person(
    "theresa-may",
    "Theresa May",
    ["تيريزا ماي"],
    [["prime-minister", "united-kingdom", "2016-07-13", "2019-07-24"]],
  ),
  person(
    "volodymyr-zelensky",
    "Volodymyr Zelensky",
    ["فولوديمير زيلينسكي", "زيلينسكي"],
    [["president", "ukraine", "2019-05-20", null]],
  ),
  person(
    "alexander-lukashenko",
    "Alexander Lukashenko",
    ["ألكسندر لوكاشينكو", "لوكاشينكو"],
    [["president", "belarus", "1994-07-20", null]],
  ),
  person(
    "josep-borrell",
    "Josep Borrell",
    ["جوزيب بوريل", "بوريل"],
    [["leader", "org:eu", "2019-12-01", "2024-11-30"]],
  ),
  // Arab states
  person(
    "mahmoud-abbas",
    "Mahmoud Abbas",
    ["محمود عباس", "أبو مازن"],
    [["president", "palestine", "2005-01-15", null]],
    ["عباس"],
  ),
  person(
    "king-abdullah-ii",
    "King Abdullah II",
    ["عبد الله الثاني", "عبدالله الثاني", "الملك عبد الله الثاني بن الحسين"],
    [["king", "jordan", "1999-02-07", null]],
  ),
  person(
    "ayman-safadi",
    "Ayman Safadi",
    ["أيمن الصفدي", "الصفدي"],
    [["foreign-minister", "jordan", "2017-01-15", null]],
  ),
  person(
    "abdelmadjid-tebboune",
    "Abdelmadjid Tebboune",
    ["عبد المجيد تبون", "تبون"],
    [["president", "algeria", "2019-12-19", null]],
  ),
  person(
    "abdelaziz-bouteflika",
    "Abdelaziz Bouteflika",
    ["عبد العزيز بوتفليقة", "بوتفليقة"],
    [["president", "algeria", "1999-04-27", "2019-04-02"]],
  ),
  person(
    "ramtane-lamamra",
    "Ramtane Lamamra",
    ["رمطان لعمامرة", "لعمامرة"],
    [
      ["foreign-minister", "algeria", "2013-09-11", "2017-05-25"],
      ["foreign-minister", "algeria", "2021-07-07", "2023-03-16"],
    ],
  ),
  person("kais-saied", "Kais Saied", ["قيس سعيد"], [["president", "tunisia", "2019-10-23", null]]),
  person("king-mohammed-vi", "King Mohammed VI", ["محمد السادس"], [["king", "morocco", "1999-07-23", null]]),
  person(
    "nasser-bourita",
    "Nasser Bourita",
    ["ناصر بوريطة", "بوريطة"],
    [["foreign-minister", "morocco", "2017-04-05", null]],
  ),
  person(
    "tamim-bin-hamad",
    "Tamim bin Hamad Al Thani",
    ["تميم بن حمد", "تميم بن حمد آل ثاني"],
    [["emir", "qatar", "2013-06-25", null]],
  ),
  person(
    "mohammed-bin-abdulrahman-al-thani",
    "Mohammed bin Abdulrahman Al Thani",
    ["محمد بن عبد الرحمن آل ثاني"],
    [["foreign-minister", "qatar", "2016-01-27", null]],
  ),
  person(
    "mohammed-bin-zayed",
    "Mohamed bin Zayed",
    ["محمد بن زايد"],
    [
      ["crown-prince", "united-arab-emirates", "2004-11-03", "2022-05-14"],
      ["president", "united-arab-emirates", "2022-05-14", null],
    ],
  ),
  person(
    "khalifa-bin-zayed",
    "Khalifa bin Zayed",
    ["خليفة بن زايد"],
    [["president", "united-arab-emirates", "2004-11-03", "2022-05-13"]],
  ),
  person(
    "abdullah-bin-zayed",
    "Abdullah bin Zayed",
    ["عبد الله بن زايد"],
    [["foreign-minister", "united-arab-emirates", "2006-02-09", null]],
  ),
  person(
    "haitham-bin-tariq",
    "Haitham bin Tariq",
    ["هيثم بن طارق"],
    [["sultan", "oman", "2020-01-11", null]],
  ),
  person(
    "qaboos-bin-said",
    "Qaboos bin Said",
    ["قابوس بن سعيد"],
    [["sultan", "oman", "1970-07-23", "2020-01-10"]],
  ),
  person(
    "hamad-bin-isa",
    "Hamad bin Isa Al Khalifa",
    ["حمد بن عيسى", "حمد بن عيسى آل خليفة"],
    [["king", "bahrain", "2002-02-14", null]],
  ),
  person(
    "sabah-al-ahmad",
    "Sabah Al-Ahmad Al-Jaber Al-Sabah",
    ["صباح الأحمد", "صباح الأحمد الجابر الصباح"],
    [["emir", "kuwait", "2006-01-29", "2020-09-29"]],
  ),
  person(
    "michel-aoun",
    "Michel Aoun",
    ["ميشال عون", "ميشيل عون"],
    [["president", "lebanon", "2016-10-31", "2022-10-30"]],
  ),
  person("joseph-aoun", "Joseph Aoun", ["جوزيف عون"], [["president", "lebanon", "2025-01-09", null]]),
  person(
    "saad-hariri",
    "Saad Hariri",
    ["سعد الحريري", "الحريري"],
    [["prime-minister", "lebanon", "2016-12-18", "2020-01-21"]],
  ),
  person(
    "najib-mikati",
    "Najib Mikati",
    ["نجيب ميقاتي", "ميقاتي"],
    [["prime-minister", "lebanon", "2021-09-10", "2025-02-08"]],
  ),
  person(
    "mustafa-al-kadhimi",
    "Mustafa al-Kadhimi",
    ["مصطفى الكاظمي", "الكاظمي"],
    [["prime-minister", "iraq", "2020-05-07", "2022-10-27"]],
  ),
  person(
    "mohammed-shia-al-sudani",
    "Mohammed Shia al-Sudani",
    ["محمد شياع السوداني"],
    [["prime-minister", "iraq", "2022-10-27", null]],
  ),
  person("barham-salih", "Barham Salih", ["برهم صالح"], [["president", "iraq", "2018-10-02", "2022-10-17"]]),
  person("fuad-hussein", "Fuad Hussein", ["فؤاد حسين"], [["foreign-minister", "iraq", "2020-06-06", null]]),
  person(
    "abdrabbuh-mansur-hadi",
    "Abdrabbuh Mansur Hadi",
    ["عبد ربه منصور هادي", "منصور هادي"],
    [["president", "yemen", "2012-02-25", "2022-04-07"]],
  ),
  person(
    "omar-al-bashir",
    "Omar al-Bashir",
    ["عمر البشير", "عمر حسن البشير"],
    [["president", "sudan", "1989-06-30", "2019-04-11"]],
  ),
  person(
    "abdel-fattah-al-burhan",
    "Abdel Fattah al-Burhan",
    ["عبد الفتاح البرهان", "البرهان"],
    [["leader", "sudan", "2019-08-21", null]],
  ),
  person(
    "khalifa-haftar",
    "Khalifa Haftar",
    ["خليفة حفتر", "حفتر"],
    [["commander", "org:lna", "2015-03-02", null]],
  ),
  person(
    "fayez-al-sarraj",
    "Fayez al-Sarraj",
    ["فايز السراج", "فائز السراج", "السراج"],
    [["prime-minister", "libya", "2016-03-30", "2021-03-15"]],
  ),
  person(
    "abdul-hamid-dbeibah",
    "Abdul Hamid Dbeibah",
    ["عبد الحميد الدبيبة", "الدبيبة", "الدبيبة"],
    [["prime-minister", "libya", "2021-03-15", null]],
  ),
  person(
    "ismail-haniyeh",
    "Ismail Haniyeh",
    ["إسماعيل هنية", "هنية"],
    [["leader", "org:hamas", "2017-05-06", "2024-07-31"]],
  ),
  person(
    "hassan-nasrallah",
    "Hassan Nasrallah",
    ["حسن نصر الله", "نصر الله"],
    [["secretary-general", "org:hezbollah", "1992-02-16", "2024-09-27"]],
  ),
  // International organisations
  person(
    "antonio-guterres",
    "António Guterres",
    ["أنطونيو غوتيريش", "أنطونيو غوتيريس", "غوتيريش", "غوتيريس", "جوتيريش"],
    [["secretary-general", "org:un", "2017-01-01", null]],
  ),
  person(
    "ban-ki-moon",
    "Ban Ki-moon",
    ["بان كي مون"],
    [["secretary-general", "org:un", "2007-01-01", "2016-12-31"]],
  ),
  person(
    "staffan-de-mistura",
    "Staffan de Mistura",
    ["ستافان دي ميستورا", "دي ميستورا"],
    [["un-envoy", "syria", "2014-07-10", "2018-12-31"]],
  ),
  person(
    "geir-pedersen",
    "Geir Pedersen",
    ["غير بيدرسن", "غير بيدرسون", "بيدرسن", "بيدرسون"],
    [["un-envoy", "syria", "2019-01-07", null]],
  ),
  person(
    "ghassan-salame",
    "Ghassan Salamé",
    ["غسان سلامة"],
    [["un-envoy", "libya", "2017-06-22", "2020-03-02"]],
  ),
  person(
    "ahmed-aboul-gheit",
    "Ahmed Aboul Gheit",
    ["أحمد أبو الغيط", "أبو الغيط"],
    [["secretary-general", "org:arab-league", "2016-07-01", null]],
  ),
  person(
    "jens-stoltenberg",
    "Jens Stoltenberg",
    ["ينس ستولتنبرغ", "ستولتنبرغ"],
    [["secretary-general", "org:nato", "2014-10-01", "2024-10-01"]],
  ),
  person(
    "rafael-grossi",
    "Rafael Grossi",
    ["رافائيل غروسي", "غروسي"],
    [["secretary-general", "org:iaea", "2019-12-03", null]],
  ),
];
