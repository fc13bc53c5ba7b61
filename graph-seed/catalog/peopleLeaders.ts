/**
 * Heads of state and government and foreign ministers of Arab, African, European and Asian states,
 * 2015–2025, missing from the other person files.
 */
import { person } from "./person.ts";
import type { CatalogPerson } from "./types.ts";

export const PEOPLE_LEADERS: CatalogPerson[] = [
  // Mauritania
  person(
    "mohamed-ould-abdel-aziz",
    "Mohamed Ould Abdel Aziz",
    ["محمد ولد عبد العزيز", "ولد عبد العزيز"],
    [["president", "mauritania", "2009-08-05", "2019-08-01"]],
  ),
  person(
    "ismail-ould-cheikh-ahmed",
    "Ismail Ould Cheikh Ahmed",
    ["إسماعيل ولد الشيخ أحمد", "اسماعيل ولد الشيخ احمد", "ولد الشيخ أحمد"],
    [
      ["un-envoy", "yemen", "2015-04-25", "2018-02-28"],
      ["foreign-minister", "mauritania", "2018-06-11", "2022-03-31"],
    ],
  ),
  person(
    "mohamed-salem-ould-merzoug",
    "Mohamed Salem Ould Merzoug",
    ["محمد سالم ولد مرزوك", "محمد سالم ولد مرزوق", "ولد مرزوك"],
    [["foreign-minister", "mauritania", "2022-03-31", null]],
  ),
  // Iraq
  person(
    "fuad-masum",
    "Fuad Masum",
    ["فؤاد معصوم"],
    [["president", "iraq", "2014-07-24", "2018-10-02"]],
    ["معصوم"],
  ),
  person(
    "haider-al-abadi",
    "Haider al-Abadi",
    ["حيدر العبادي"],
    [["prime-minister", "iraq", "2014-09-08", "2018-10-25"]],
    ["العبادي"],
  ),
  person(
    "adil-abdul-mahdi",
    "Adil Abdul-Mahdi",
    ["عادل عبد المهدي"],
    [["prime-minister", "iraq", "2018-10-25", "2020-05-07"]],
    ["عبد المهدي"],
  ),
  person(
    "ibrahim-al-jaafari",
    "Ibrahim al-Jaafari",
    ["إبراهيم الجعفري"],
    [["foreign-minister", "iraq", "2014-09-08", "2018-10-25"]],
  ),
  // Lebanon
  person(
    "hassan-diab",
    "Hassan Diab",
    ["حسان دياب"],
    [["prime-minister", "lebanon", "2020-01-21", "2021-09-10"]],
    ["دياب"],
  ),
  person("nawaf-salam", "Nawaf Salam", ["نواف سلام"], [["prime-minister", "lebanon", "2025-02-08", null]]),
  person(
    "gebran-bassil",
    "Gebran Bassil",
    ["جبران باسيل", "باسيل"],
    [["foreign-minister", "lebanon", "2014-02-15", "2020-01-21"]],
  ),
  person(
    "nassif-hitti",
    "Nassif Hitti",
    ["ناصيف حتي"],
    [["foreign-minister", "lebanon", "2020-01-21", "2020-08-03"]],
  ),
  person(
    "youssef-rajji",
    "Youssef Rajji",
    ["يوسف رجي"],
    [["foreign-minister", "lebanon", "2025-02-08", null]],
  ),
  // Jordan
  person(
    "omar-razzaz",
    "Omar Razzaz",
    ["عمر الرزاز", "الرزاز"],
    [["prime-minister", "jordan", "2018-06-14", "2020-10-12"]],
  ),
  // Tunisia
  person(
    "youssef-chahed",
    "Youssef Chahed",
    ["يوسف الشاهد"],
    [["prime-minister", "tunisia", "2016-08-27", "2020-02-27"]],
    ["الشاهد"],
  ),
  person(
    "hichem-mechichi",
    "Hichem Mechichi",
    ["هشام المشيشي", "المشيشي"],
    [["prime-minister", "tunisia", "2020-09-02", "2021-07-25"]],
  ),
  person(
    "najla-bouden",
    "Najla Bouden",
    ["نجلاء بودن رمضان", "نجلاء بودن", "بودن"],
    [["prime-minister", "tunisia", "2021-10-11", "2023-08-01"]],
  ),
  person(
    "mohamed-ali-nafti",
    "Mohamed Ali Nafti",
    ["محمد علي النفطي"],
    [["foreign-minister", "tunisia", "2024-08-25", null]],
    ["النفطي"],
  ),
  // Morocco
  person(
    "saadeddine-el-othmani",
    "Saadeddine El Othmani",
    ["سعد الدين العثماني"],
    [["prime-minister", "morocco", "2017-04-05", "2021-10-07"]],
    ["العثماني"],
  ),
  // Yemen
  person(
    "aidarous-al-zubaidi",
    "Aidarous al-Zubaidi",
    ["عيدروس الزبيدي", "عيدروس قاسم الزبيدي"],
    [],
    ["الزبيدي"],
  ),
  person(
    "maeen-abdulmalik",
    "Maeen Abdulmalik Saeed",
    ["معين عبد الملك", "معين عبد الملك سعيد"],
    [["prime-minister", "yemen", "2018-10-15", "2024-02-05"]],
  ),
  person(
    "ahmed-awad-bin-mubarak",
    "Ahmed Awad bin Mubarak",
    ["أحمد عوض بن مبارك", "احمد عوض بن مبارك"],
    [
      ["foreign-minister", "yemen", "2020-12-18", "2024-03-26"],
      ["prime-minister", "yemen", "2024-02-05", "2025-05-03"],
    ],
    ["بن مبارك"],
  ),
  person(
    "shaya-al-zindani",
    "Shaya al-Zindani",
    ["شائع محسن الزنداني", "شائع الزنداني"],
    [["foreign-minister", "yemen", "2024-03-26", null]],
    ["الزنداني"],
  ),
  // Horn of Africa
  person(
    "hassan-sheikh-mohamud",
    "Hassan Sheikh Mohamud",
    ["حسن شيخ محمود"],
    [
      ["president", "somalia", "2012-09-16", "2017-02-16"],
      ["president", "somalia", "2022-05-23", null],
    ],
  ),
  person(
    "mohamed-abdullahi-farmaajo",
    "Mohamed Abdullahi Farmaajo",
    ["محمد عبد الله فرماجو", "محمد عبد الله محمد فرماجو", "فرماجو"],
    [["president", "somalia", "2017-02-16", "2022-05-23"]],
  ),
  person(
    "ismail-omar-guelleh",
    "Ismaïl Omar Guelleh",
    ["إسماعيل عمر جيله", "إسماعيل عمر غيله", "إسماعيل عمر قيله"],
    [["president", "djibouti", "1999-05-08", null]],
    ["جيله"],
  ),
  person(
    "isaias-afwerki",
    "Isaias Afwerki",
    ["أسياس أفورقي", "إسياس أفورقي", "أفورقي"],
    [["president", "eritrea", "1993-05-24", null]],
  ),
  person(
    "salva-kiir",
    "Salva Kiir Mayardit",
    ["سلفاكير ميارديت", "سلفا كير ميارديت", "سلفاكير", "سلفا كير"],
    [["president", "south-sudan", "2011-07-09", null]],
  ),
  // Palestine, Gulf, Libya
  person(
    "mohammad-mustafa",
    "Mohammad Mustafa",
    [],
    [
      ["prime-minister", "palestine", "2024-03-31", null],
      ["foreign-minister", "palestine", "2024-03-31", "2025-06-23"],
    ],
    ["محمد مصطفى"],
  ),
  person(
    "varsen-aghabekian",
    "Varsen Aghabekian Shahin",
    ["فارسين أغابكيان شاهين", "فارسين أغابيكيان", "فارسين أغابكيان", "فارسين شاهين"],
    [["foreign-minister", "palestine", "2025-06-23", null]],
  ),
  person(
    "khalid-bin-khalifa-al-thani",
    "Khalid bin Khalifa bin Abdulaziz Al Thani",
    ["خالد بن خليفة بن عبد العزيز آل ثاني", "خالد بن خليفة آل ثاني", "خالد بن خليفة"],
    [["prime-minister", "qatar", "2020-01-28", "2023-03-07"]],
  ),
  person(
    "najla-mangoush",
    "Najla Mangoush",
    ["نجلاء المنقوش", "المنقوش"],
    [["foreign-minister", "libya", "2021-03-15", "2023-08-27"]],
  ),
  // West and Central Africa
  person(
    "bassirou-diomaye-faye",
    "Bassirou Diomaye Faye",
    ["باسيرو ديوماي فاي", "بشيرو ديوماي فاي", "ديوماي فاي"],
    [["president", "senegal", "2024-04-02", null]],
  ),
  person(
    "ousmane-sonko",
    "Ousmane Sonko",
    ["عثمان سونكو", "سونكو"],
    [["prime-minister", "senegal", "2024-04-02", null]],
  ),
  person(
    "muhammadu-buhari",
    "Muhammadu Buhari",
    ["محمد بخاري", "محمدو بخاري"],
    [["president", "nigeria", "2015-05-29", "2023-05-29"]],
    ["بخاري"],
  ),
  person(
    "mohamed-bazoum",
    "Mohamed Bazoum",
    ["محمد بازوم", "بازوم"],
    [["president", "niger", "2021-04-02", "2023-07-26"]],
  ),
  person(
    "assimi-goita",
    "Assimi Goïta",
    ["آسيمي غويتا", "أسيمي غويتا", "عاصمي غويتا", "غويتا"],
    [["president", "mali", "2021-05-28", null]],
  ),
  person(
    "ibrahim-traore",
    "Ibrahim Traoré",
    ["إبراهيم تراوري"],
    [["president", "burkina-faso", "2022-09-30", null]],
    ["تراوري"],
  ),
  // East and Southern Africa
  person(
    "paul-kagame",
    "Paul Kagame",
    ["بول كاغامي", "بول كاجامي", "كاغامي", "كاجامي"],
    [["president", "rwanda", "2000-04-22", null]],
  ),
  person(
    "uhuru-kenyatta",
    "Uhuru Kenyatta",
    ["أوهورو كينياتا", "كينياتا"],
    [["president", "kenya", "2013-04-09", "2022-09-13"]],
  ),
  person(
    "jacob-zuma",
    "Jacob Zuma",
    ["جاكوب زوما", "زوما"],
    [["president", "south-africa", "2009-05-09", "2018-02-14"]],
  ),
  // Greece and Cyprus
  person(
    "kyriakos-mitsotakis",
    "Kyriakos Mitsotakis",
    ["كيرياكوس ميتسوتاكيس", "كرياكوس ميتسوتاكيس", "ميتسوتاكيس"],
    [
      ["prime-minister", "greece", "2019-07-08", "2023-05-25"],
      ["prime-minister", "greece", "2023-06-26", null],
    ],
  ),
  person(
    "alexis-tsipras",
    "Alexis Tsipras",
    ["أليكسيس تسيبراس", "ألكسيس تسيبراس", "تسيبراس"],
    [
      ["prime-minister", "greece", "2015-01-26", "2015-08-27"],
      ["prime-minister", "greece", "2015-09-21", "2019-07-08"],
    ],
  ),
  person(
    "nikos-dendias",
    "Nikos Dendias",
    ["نيكوس ديندياس", "نيكوس دندياس", "ديندياس", "دندياس"],
    [
      ["foreign-minister", "greece", "2019-07-09", "2023-05-26"],
      ["defense-minister", "greece", "2023-06-27", null],
    ],
  ),
  person(
    "giorgos-gerapetritis",
    "Giorgos Gerapetritis",
    ["جورج جيرابيتريتيس", "يورغوس جيرابيتريتيس", "غيورغوس غيرابيتريتيس", "جيرابيتريتيس"],
    [["foreign-minister", "greece", "2023-06-27", null]],
  ),
  person(
    "nikos-christodoulides",
    "Nikos Christodoulides",
    ["نيكوس خريستودوليدس", "نيكوس خريستودوليديس", "خريستودوليدس"],
    [["president", "cyprus", "2023-02-28", null]],
  ),
  // Spain
  person(
    "pedro-sanchez",
    "Pedro Sánchez",
    ["بيدرو سانشيز", "بيدرو سانشيث"],
    [["prime-minister", "spain", "2018-06-02", null]],
    ["سانشيز"],
  ),
  // Norway
  person(
    "jonas-gahr-store",
    "Jonas Gahr Støre",
    ["يوناس غار ستوره", "يوناس غار ستور", "يوناس ستوره"],
    [
      ["foreign-minister", "norway", "2005-10-17", "2012-09-21"],
      ["prime-minister", "norway", "2021-10-14", null],
    ],
  ),
  person(
    "espen-barth-eide",
    "Espen Barth Eide",
    ["إسبن بارث إيدي", "إسبن بارت إيدي", "إسبن بارث إيده"],
    [
      ["foreign-minister", "norway", "2012-09-21", "2013-10-16"],
      ["foreign-minister", "norway", "2023-10-16", null],
    ],
  ),
  // Ireland
  person(
    "simon-harris",
    "Simon Harris",
    ["سايمون هاريس", "سيمون هاريس"],
    [
      ["prime-minister", "ireland", "2024-04-09", "2025-01-23"],
      ["foreign-minister", "ireland", "2025-01-23", "2025-11-18"],
    ],
  ),
  person(
    "micheal-martin",
    "Micheál Martin",
    ["ميهال مارتن", "مايكل مارتن"],
    [
      ["prime-minister", "ireland", "2020-06-27", "2022-12-17"],
      ["foreign-minister", "ireland", "2022-12-17", "2025-01-23"],
      ["prime-minister", "ireland", "2025-01-23", null],
    ],
  ),
  // Belgium
  person(
    "alexander-de-croo",
    "Alexander De Croo",
    ["ألكسندر دي كرو", "ألكساندر دي كرو", "دي كرو"],
    [["prime-minister", "belgium", "2020-10-01", "2025-02-03"]],
  ),
  person(
    "sophie-wilmes",
    "Sophie Wilmès",
    ["صوفي ويلميس", "صوفي ويلميز", "صوفي فيلميس"],
    [
      ["prime-minister", "belgium", "2019-10-27", "2020-10-01"],
      ["foreign-minister", "belgium", "2020-10-01", "2022-07-15"],
    ],
  ),
  // Serbia and Hungary
  person(
    "aleksandar-vucic",
    "Aleksandar Vučić",
    ["ألكسندر فوتشيتش", "ألكسندر فوتشيش", "فوتشيتش", "فوتشيش"],
    [
      ["prime-minister", "serbia", "2014-04-27", "2017-05-31"],
      ["president", "serbia", "2017-05-31", null],
    ],
  ),
  person(
    "nikola-selakovic",
    "Nikola Selaković",
    ["نيكولا سيلاكوفيتش", "سيلاكوفيتش"],
    [["foreign-minister", "serbia", "2020-10-28", "2022-10-26"]],
  ),
  person(
    "ivica-dacic",
    "Ivica Dačić",
    ["إيفيتسا داتشيتش", "إيفيكا داتشيتش", "داتشيتش"],
    [
      ["foreign-minister", "serbia", "2014-04-27", "2020-10-28"],
      ["foreign-minister", "serbia", "2022-10-26", "2024-05-02"],
    ],
  ),
  person(
    "peter-szijjarto",
    "Péter Szijjártó",
    ["بيتر سيارتو", "بيتر سيجارتو", "سيارتو"],
    [["foreign-minister", "hungary", "2014-09-23", null]],
  ),
  // United Kingdom, Netherlands
  person(
    "liz-truss",
    "Liz Truss",
    ["ليز تراس", "ليز تروس"],
    [
      ["foreign-minister", "united-kingdom", "2021-09-15", "2022-09-06"],
      ["prime-minister", "united-kingdom", "2022-09-06", "2022-10-25"],
    ],
    ["تراس"],
  ),
  person(
    "david-lammy",
    "David Lammy",
    ["ديفيد لامي", "لامي"],
    [["foreign-minister", "united-kingdom", "2024-07-05", "2025-09-05"]],
  ),
  person(
    "mark-rutte",
    "Mark Rutte",
    ["مارك روته", "مارك روتي", "روته"],
    [
      ["prime-minister", "netherlands", "2010-10-14", "2024-07-02"],
      ["secretary-general", "org:nato", "2024-10-01", null],
    ],
  ),
  // Asia
  person(
    "shigeru-ishiba",
    "Shigeru Ishiba",
    ["شيغيرو إيشيبا", "شيجيرو إيشيبا", "إيشيبا"],
    [["prime-minister", "japan", "2024-10-01", "2025-10-21"]],
  ),
  person(
    "ashraf-ghani",
    "Ashraf Ghani",
    ["أشرف غني"],
    [["president", "afghanistan", "2014-09-29", "2021-08-15"]],
  ),
  person(
    "amir-khan-muttaqi",
    "Amir Khan Muttaqi",
    ["أمير خان متقي"],
    [["foreign-minister", "afghanistan", "2021-09-07", null]],
    ["متقي"],
  ),
  person(
    "yoon-suk-yeol",
    "Yoon Suk Yeol",
    ["يون سوك يول", "يون سوك-يول"],
    [["president", "south-korea", "2022-05-10", "2025-04-04"]],
  ),
  // West Africa, Maghreb, Europe, China
  person(
    "mohamed-ould-ghazouani",
    "Mohamed Ould Ghazouani",
    ["محمد ولد الشيخ الغزواني", "محمد ولد الغزواني", "ولد الغزواني"],
    [["president", "mauritania", "2019-08-01", null]],
  ),
  person("macky-sall", "Macky Sall", ["ماكي سال"], [["president", "senegal", "2012-04-02", "2024-04-02"]]),
  person(
    "jose-manuel-albares",
    "José Manuel Albares",
    ["خوسيه مانويل ألباريس", "ألباريس"],
    [["foreign-minister", "spain", "2021-07-12", null]],
  ),
  person(
    "othman-jerandi",
    "Othman Jerandi",
    ["عثمان الجرندي", "الجرندي"],
    [["foreign-minister", "tunisia", "2020-09-02", "2023-02-07"]],
  ),
  person(
    "bola-tinubu",
    "Bola Tinubu",
    ["بولا أحمد تينوبو", "بولا تينوبو", "تينوبو"],
    [["president", "nigeria", "2023-05-29", null]],
  ),
  person(
    "hadja-lahbib",
    "Hadja Lahbib",
    ["حاجة لحبيب", "حجة لحبيب", "الحاجة لحبيب"],
    [["foreign-minister", "belgium", "2022-07-15", "2025-02-03"]],
    ["لحبيب"],
  ),
  person(
    "nabil-ammar",
    "Nabil Ammar",
    ["نبيل عمار"],
    [["foreign-minister", "tunisia", "2023-02-07", "2024-08-25"]],
  ),
  person(
    "qin-gang",
    "Qin Gang",
    ["تشين قانغ", "تشين غانغ", "تشين جانج"],
    [["foreign-minister", "china", "2022-12-30", "2023-07-25"]],
  ),
  person(
    "abdourahamane-tchiani",
    "Abdourahamane Tchiani",
    ["عبد الرحمن تياني", "عبد الرحمن تشياني", "تياني", "تشياني"],
    [["leader", "niger", "2023-07-28", null]],
  ),
];
