/**
 * Leaders and diplomats of Russia, Egypt, Syria, Israel, the United States, Saudi Arabia, Turkey, Iran,
 * Europe and Asia, with the offices they held (ISO date ranges, `null` = open), so a role phrase such as
 * `الرئيس الأمريكي` resolves to the right person on a date.
 */
import { person } from "./person.ts";
import type { CatalogPerson } from "./types.ts";

export const PEOPLE_MAJOR_POWERS: CatalogPerson[] = [
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
    // `كما التقى شي …` after the full name: the family name alone, never on its own strength.
    ["شي"],
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
];
