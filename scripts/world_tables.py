"""Hand-curated world knowledge the Phoenix dictionaries lack: demonyms, capitals, city coordinates.

General reference facts (ISO 3166-1 alpha-3 codes, English demonyms, capitals and approximate
coordinates), typed for the actor dictionary build. Read by scripts/build_actor_dictionary.py.
"""

# iso3 | English short name | adjective | people (plural) | capital (seat of government) | lat | lon
COUNTRIES = """
AFG|Afghanistan|Afghan|Afghans|Kabul|34.53|69.17
ALB|Albania|Albanian|Albanians|Tirana|41.33|19.82
DZA|Algeria|Algerian|Algerians|Algiers|36.75|3.06
AGO|Angola|Angolan|Angolans|Luanda|-8.84|13.23
ARG|Argentina|Argentine|Argentines|Buenos Aires|-34.61|-58.38
ARM|Armenia|Armenian|Armenians|Yerevan|40.18|44.51
AUS|Australia|Australian|Australians|Canberra|-35.28|149.13
AUT|Austria|Austrian|Austrians|Vienna|48.21|16.37
AZE|Azerbaijan|Azerbaijani|Azerbaijanis|Baku|40.41|49.87
BHR|Bahrain|Bahraini|Bahrainis|Manama|26.23|50.59
BGD|Bangladesh|Bangladeshi|Bangladeshis|Dhaka|23.81|90.41
BLR|Belarus|Belarusian|Belarusians|Minsk|53.90|27.56
BEL|Belgium|Belgian|Belgians|Brussels|50.85|4.35
BEN|Benin|Beninese|Beninese|Porto-Novo|6.50|2.60
BTN|Bhutan|Bhutanese|Bhutanese|Thimphu|27.47|89.64
BOL|Bolivia|Bolivian|Bolivians|La Paz|-16.50|-68.15
BIH|Bosnia and Herzegovina|Bosnian|Bosnians|Sarajevo|43.86|18.41
BWA|Botswana|Botswanan|Batswana|Gaborone|-24.65|25.91
BRA|Brazil|Brazilian|Brazilians|Brasilia|-15.79|-47.88
BRN|Brunei|Bruneian|Bruneians|Bandar Seri Begawan|4.90|114.94
BGR|Bulgaria|Bulgarian|Bulgarians|Sofia|42.70|23.32
BFA|Burkina Faso|Burkinabe|Burkinabe|Ouagadougou|12.37|-1.52
BDI|Burundi|Burundian|Burundians|Gitega|-3.43|29.93
KHM|Cambodia|Cambodian|Cambodians|Phnom Penh|11.56|104.92
CMR|Cameroon|Cameroonian|Cameroonians|Yaounde|3.87|11.52
CAN|Canada|Canadian|Canadians|Ottawa|45.42|-75.70
CAF|Central African Republic|Central African|Central Africans|Bangui|4.39|18.56
TCD|Chad|Chadian|Chadians|N'Djamena|12.13|15.06
CHL|Chile|Chilean|Chileans|Santiago|-33.45|-70.67
CHN|China|Chinese|Chinese|Beijing|39.90|116.41
COL|Colombia|Colombian|Colombians|Bogota|4.71|-74.07
COG|Republic of the Congo|Congolese|Congolese|Brazzaville|-4.27|15.28
COD|Democratic Republic of the Congo|Congolese|Congolese|Kinshasa|-4.44|15.27
CRI|Costa Rica|Costa Rican|Costa Ricans|San Jose|9.93|-84.08
CIV|Ivory Coast|Ivorian|Ivorians|Yamoussoukro|6.83|-5.29
HRV|Croatia|Croatian|Croats|Zagreb|45.81|15.98
CUB|Cuba|Cuban|Cubans|Havana|23.11|-82.37
CYP|Cyprus|Cypriot|Cypriots|Nicosia|35.19|33.38
CZE|Czech Republic|Czech|Czechs|Prague|50.08|14.44
DNK|Denmark|Danish|Danes|Copenhagen|55.68|12.57
DJI|Djibouti|Djiboutian|Djiboutians|Djibouti|11.59|43.15
DOM|Dominican Republic|Dominican|Dominicans|Santo Domingo|18.49|-69.93
ECU|Ecuador|Ecuadorian|Ecuadorians|Quito|-0.18|-78.47
EGY|Egypt|Egyptian|Egyptians|Cairo|30.04|31.24
SLV|El Salvador|Salvadoran|Salvadorans|San Salvador|13.69|-89.22
ERI|Eritrea|Eritrean|Eritreans|Asmara|15.32|38.93
EST|Estonia|Estonian|Estonians|Tallinn|59.44|24.75
ETH|Ethiopia|Ethiopian|Ethiopians|Addis Ababa|9.03|38.74
FJI|Fiji|Fijian|Fijians|Suva|-18.14|178.44
FIN|Finland|Finnish|Finns|Helsinki|60.17|24.94
FRA|France|French|French|Paris|48.86|2.35
GAB|Gabon|Gabonese|Gabonese|Libreville|0.42|9.47
GMB|Gambia|Gambian|Gambians|Banjul|13.45|-16.58
GEO|Georgia|Georgian|Georgians|Tbilisi|41.72|44.79
DEU|Germany|German|Germans|Berlin|52.52|13.40
GHA|Ghana|Ghanaian|Ghanaians|Accra|5.60|-0.19
GRC|Greece|Greek|Greeks|Athens|37.98|23.73
GTM|Guatemala|Guatemalan|Guatemalans|Guatemala City|14.63|-90.51
GIN|Guinea|Guinean|Guineans|Conakry|9.64|-13.58
HTI|Haiti|Haitian|Haitians|Port-au-Prince|18.59|-72.31
HND|Honduras|Honduran|Hondurans|Tegucigalpa|14.07|-87.19
HKG|Hong Kong|Hong Kong|Hong Kongers|Hong Kong|22.32|114.17
HUN|Hungary|Hungarian|Hungarians|Budapest|47.50|19.04
ISL|Iceland|Icelandic|Icelanders|Reykjavik|64.15|-21.94
IND|India|Indian|Indians|New Delhi|28.61|77.21
IDN|Indonesia|Indonesian|Indonesians|Jakarta|-6.21|106.85
IRN|Iran|Iranian|Iranians|Tehran|35.69|51.39
IRQ|Iraq|Iraqi|Iraqis|Baghdad|33.31|44.36
IRL|Ireland|Irish|Irish|Dublin|53.35|-6.26
ISR|Israel|Israeli|Israelis|Jerusalem|31.77|35.21
ITA|Italy|Italian|Italians|Rome|41.90|12.50
JAM|Jamaica|Jamaican|Jamaicans|Kingston|18.02|-76.80
JPN|Japan|Japanese|Japanese|Tokyo|35.68|139.69
JOR|Jordan|Jordanian|Jordanians|Amman|31.95|35.93
KAZ|Kazakhstan|Kazakh|Kazakhs|Astana|51.17|71.45
KEN|Kenya|Kenyan|Kenyans|Nairobi|-1.29|36.82
XKX|Kosovo|Kosovar|Kosovars|Pristina|42.66|21.17
KWT|Kuwait|Kuwaiti|Kuwaitis|Kuwait City|29.38|47.99
KGZ|Kyrgyzstan|Kyrgyz|Kyrgyz|Bishkek|42.87|74.59
LAO|Laos|Lao|Laotians|Vientiane|17.98|102.63
LVA|Latvia|Latvian|Latvians|Riga|56.95|24.11
LBN|Lebanon|Lebanese|Lebanese|Beirut|33.89|35.50
LBR|Liberia|Liberian|Liberians|Monrovia|6.30|-10.80
LBY|Libya|Libyan|Libyans|Tripoli|32.89|13.19
LTU|Lithuania|Lithuanian|Lithuanians|Vilnius|54.69|25.28
LUX|Luxembourg|Luxembourgish|Luxembourgers|Luxembourg|49.61|6.13
MDG|Madagascar|Malagasy|Malagasy|Antananarivo|-18.88|47.51
MWI|Malawi|Malawian|Malawians|Lilongwe|-13.96|33.79
MYS|Malaysia|Malaysian|Malaysians|Kuala Lumpur|3.14|101.69
MDV|Maldives|Maldivian|Maldivians|Male|4.18|73.51
MLI|Mali|Malian|Malians|Bamako|12.64|-8.00
MLT|Malta|Maltese|Maltese|Valletta|35.90|14.51
MRT|Mauritania|Mauritanian|Mauritanians|Nouakchott|18.08|-15.98
MEX|Mexico|Mexican|Mexicans|Mexico City|19.43|-99.13
MDA|Moldova|Moldovan|Moldovans|Chisinau|47.01|28.86
MNG|Mongolia|Mongolian|Mongolians|Ulaanbaatar|47.89|106.91
MNE|Montenegro|Montenegrin|Montenegrins|Podgorica|42.44|19.26
MAR|Morocco|Moroccan|Moroccans|Rabat|34.02|-6.83
MOZ|Mozambique|Mozambican|Mozambicans|Maputo|-25.97|32.57
MMR|Myanmar|Myanmar|Burmese|Naypyidaw|19.76|96.08
NAM|Namibia|Namibian|Namibians|Windhoek|-22.56|17.08
NPL|Nepal|Nepali|Nepalis|Kathmandu|27.72|85.32
NLD|Netherlands|Dutch|Dutch|Amsterdam|52.37|4.90
NZL|New Zealand|New Zealand|New Zealanders|Wellington|-41.29|174.78
NIC|Nicaragua|Nicaraguan|Nicaraguans|Managua|12.11|-86.24
NER|Niger|Nigerien|Nigeriens|Niamey|13.51|2.11
NGA|Nigeria|Nigerian|Nigerians|Abuja|9.08|7.40
PRK|North Korea|North Korean|North Koreans|Pyongyang|39.04|125.76
MKD|North Macedonia|Macedonian|Macedonians|Skopje|42.00|21.43
NOR|Norway|Norwegian|Norwegians|Oslo|59.91|10.75
OMN|Oman|Omani|Omanis|Muscat|23.59|58.41
PAK|Pakistan|Pakistani|Pakistanis|Islamabad|33.68|73.05
PSE|Palestine|Palestinian|Palestinians|Ramallah|31.90|35.20
PAN|Panama|Panamanian|Panamanians|Panama City|8.98|-79.52
PNG|Papua New Guinea|Papua New Guinean|Papua New Guineans|Port Moresby|-9.44|147.18
PRY|Paraguay|Paraguayan|Paraguayans|Asuncion|-25.26|-57.58
PER|Peru|Peruvian|Peruvians|Lima|-12.05|-77.04
PHL|Philippines|Philippine|Filipinos|Manila|14.60|120.98
POL|Poland|Polish|Poles|Warsaw|52.23|21.01
PRT|Portugal|Portuguese|Portuguese|Lisbon|38.72|-9.14
QAT|Qatar|Qatari|Qataris|Doha|25.29|51.53
ROU|Romania|Romanian|Romanians|Bucharest|44.43|26.10
RUS|Russia|Russian|Russians|Moscow|55.76|37.62
RWA|Rwanda|Rwandan|Rwandans|Kigali|-1.94|30.06
SAU|Saudi Arabia|Saudi|Saudis|Riyadh|24.71|46.68
SEN|Senegal|Senegalese|Senegalese|Dakar|14.72|-17.47
SRB|Serbia|Serbian|Serbs|Belgrade|44.79|20.45
SLE|Sierra Leone|Sierra Leonean|Sierra Leoneans|Freetown|8.47|-13.23
SGP|Singapore|Singaporean|Singaporeans|Singapore|1.29|103.85
SVK|Slovakia|Slovak|Slovaks|Bratislava|48.15|17.11
SVN|Slovenia|Slovenian|Slovenians|Ljubljana|46.06|14.51
SOM|Somalia|Somali|Somalis|Mogadishu|2.05|45.32
ZAF|South Africa|South African|South Africans|Pretoria|-25.75|28.19
KOR|South Korea|South Korean|South Koreans|Seoul|37.57|126.98
SSD|South Sudan|South Sudanese|South Sudanese|Juba|4.85|31.58
ESP|Spain|Spanish|Spaniards|Madrid|40.42|-3.70
LKA|Sri Lanka|Sri Lankan|Sri Lankans|Colombo|6.93|79.86
SDN|Sudan|Sudanese|Sudanese|Khartoum|15.50|32.56
SWE|Sweden|Swedish|Swedes|Stockholm|59.33|18.07
CHE|Switzerland|Swiss|Swiss|Bern|46.95|7.45
SYR|Syria|Syrian|Syrians|Damascus|33.51|36.29
TWN|Taiwan|Taiwanese|Taiwanese|Taipei|25.03|121.57
TJK|Tajikistan|Tajik|Tajiks|Dushanbe|38.56|68.79
TZA|Tanzania|Tanzanian|Tanzanians|Dodoma|-6.16|35.75
THA|Thailand|Thai|Thais|Bangkok|13.76|100.50
TLS|East Timor|Timorese|Timorese|Dili|-8.56|125.56
TGO|Togo|Togolese|Togolese|Lome|6.13|1.22
TTO|Trinidad and Tobago|Trinidadian|Trinidadians|Port of Spain|10.66|-61.51
TUN|Tunisia|Tunisian|Tunisians|Tunis|36.81|10.18
TUR|Turkey|Turkish|Turks|Ankara|39.93|32.86
TKM|Turkmenistan|Turkmen|Turkmens|Ashgabat|37.96|58.33
UGA|Uganda|Ugandan|Ugandans|Kampala|0.35|32.58
UKR|Ukraine|Ukrainian|Ukrainians|Kyiv|50.45|30.52
ARE|United Arab Emirates|Emirati|Emiratis|Abu Dhabi|24.45|54.38
GBR|United Kingdom|British|Britons|London|51.51|-0.13
USA|United States|American|Americans|Washington|38.90|-77.04
URY|Uruguay|Uruguayan|Uruguayans|Montevideo|-34.90|-56.16
UZB|Uzbekistan|Uzbek|Uzbeks|Tashkent|41.30|69.24
VAT|Vatican City|Vatican|Vatican|Vatican City|41.90|12.45
VEN|Venezuela|Venezuelan|Venezuelans|Caracas|10.48|-66.90
VNM|Vietnam|Vietnamese|Vietnamese|Hanoi|21.03|105.85
YEM|Yemen|Yemeni|Yemenis|Sanaa|15.37|44.19
ZMB|Zambia|Zambian|Zambians|Lusaka|-15.39|28.32
ZWE|Zimbabwe|Zimbabwean|Zimbabweans|Harare|-17.83|31.05
TON|Tonga|Tongan|Tongans|Nuku'alofa|-21.14|-175.20
WSM|Samoa|Samoan|Samoans|Apia|-13.83|-171.76
CPV|Cape Verde|Cape Verdean|Cape Verdeans|Praia|14.93|-23.51
GUY|Guyana|Guyanese|Guyanese||6.80|-58.16
SLB|Solomon Islands|Solomon Islander|Solomon Islanders|Honiara|-9.43|159.95
VUT|Vanuatu|Ni-Vanuatu|Ni-Vanuatu|Port Vila|-17.73|168.32
KIR|Kiribati|I-Kiribati|I-Kiribati|Tarawa|1.33|172.98
TUV|Tuvalu|Tuvaluan|Tuvaluans|Funafuti|-8.52|179.20
PLW|Palau|Palauan|Palauans|Ngerulmud|7.50|134.62
MHL|Marshall Islands|Marshallese|Marshallese|Majuro|7.09|171.38
FSM|Micronesia|Micronesian|Micronesians|Palikir|6.92|158.16
NRU|Nauru|Nauruan|Nauruans|Yaren|-0.55|166.92
BRB|Barbados|Barbadian|Barbadians|Bridgetown|13.10|-59.61
BHS|Bahamas|Bahamian|Bahamians||25.05|-77.35
GRD|Grenada|Grenadian|Grenadians||12.06|-61.75
LCA|Saint Lucia|Saint Lucian|Saint Lucians|Castries|14.01|-60.99
VCT|Saint Vincent and the Grenadines|Vincentian|Vincentians|Kingstown|13.16|-61.22
KNA|Saint Kitts and Nevis|Kittitian|Kittitians|Basseterre|17.30|-62.72
ATG|Antigua and Barbuda|Antiguan|Antiguans||17.12|-61.85
BLZ|Belize|Belizean|Belizeans|Belmopan|17.25|-88.77
SUR|Suriname|Surinamese|Surinamese|Paramaribo|5.85|-55.20
COM|Comoros|Comorian|Comorians|Moroni|-11.70|43.26
MUS|Mauritius|Mauritian|Mauritians|Port Louis|-20.16|57.50
STP|Sao Tome and Principe|Sao Tomean|Sao Tomeans|Sao Tome|0.34|6.73
GNQ|Equatorial Guinea|Equatorial Guinean|Equatorial Guineans|Malabo|3.75|8.78
AND|Andorra|Andorran|Andorrans|Andorra la Vella|42.51|1.52
MCO|Monaco|Monegasque|Monegasques|Monaco|43.73|7.42
SMR|San Marino|Sammarinese|Sammarinese|San Marino|43.94|12.45
LIE|Liechtenstein|Liechtensteiner|Liechtensteiners|Vaduz|47.14|9.52
"""

# Other names the news uses for a country (short forms, abbreviations); iso3 | name; name; ...
SHORT_NAMES = """
USA|U.S.|US|USA|U.S.A.|America|United States of America|the United States|the U.S.
GBR|Britain|Great Britain|UK|U.K.|England
CHN|People's Republic of China|PRC|mainland China
RUS|Russian Federation
KOR|Republic of Korea|Korea
PRK|DPRK|Democratic People's Republic of Korea
CZE|Czechia
CIV|Cote d'Ivoire
MMR|Burma
NLD|Holland
ARE|UAE|U.A.E.
TWN|Republic of China
COD|DR Congo|DRC|Congo
MKD|Macedonia
IRN|Islamic Republic of Iran
SYR|Syrian Arab Republic
VNM|Viet Nam
TLS|Timor-Leste
"""

# Seat-of-government metonyms besides the capital city (iso3 | name; name).
SEATS = """
USA|White House|Pentagon|Capitol Hill
GBR|Downing Street|Whitehall
RUS|Kremlin
CHN|Zhongnanhai
CAN|Parliament Hill
NLD|The Hague
"""

# Major non-capital cities that news datelines and locations use: name | iso3 | lat | lon
CITIES = """
New York|USA|40.71|-74.01
Los Angeles|USA|34.05|-118.24
Chicago|USA|41.88|-87.63
San Francisco|USA|37.77|-122.42
Seattle|USA|47.61|-122.33
Houston|USA|29.76|-95.37
Miami|USA|25.76|-80.19
Boston|USA|42.36|-71.06
Toronto|CAN|43.65|-79.38
Vancouver|CAN|49.28|-123.12
Montreal|CAN|45.50|-73.57
Calgary|CAN|51.05|-114.07
Shanghai|CHN|31.23|121.47
Shenzhen|CHN|22.54|114.06
Guangzhou|CHN|23.13|113.26
Wuhan|CHN|30.59|114.31
Dandong|CHN|40.12|124.38
Macau|CHN|22.20|113.54
Davos|CHE|46.80|9.84
Geneva|CHE|46.20|6.14
Zurich|CHE|47.38|8.54
The Hague|NLD|52.08|4.30
Frankfurt|DEU|50.11|8.68
Munich|DEU|48.14|11.58
Hamburg|DEU|53.55|9.99
Milan|ITA|45.46|9.19
Barcelona|ESP|41.39|2.17
Istanbul|TUR|41.01|28.98
St. Petersburg|RUS|59.93|30.34
Mumbai|IND|19.08|72.88
Karachi|PAK|24.86|67.01
Lahore|PAK|31.55|74.34
Osaka|JPN|34.69|135.50
Busan|KOR|35.18|129.08
Ho Chi Minh City|VNM|10.82|106.63
Dubai|ARE|25.20|55.27
Jeddah|SAU|21.49|39.19
Tel Aviv|ISR|32.09|34.78
Gaza|PSE|31.50|34.47
Aleppo|SYR|36.20|37.13
Mosul|IRQ|36.34|43.13
Basra|IRQ|30.51|47.78
Benghazi|LBY|32.12|20.07
Alexandria|EGY|31.20|29.92
Lagos|NGA|6.52|3.38
Johannesburg|ZAF|-26.20|28.05
Cape Town|ZAF|-33.92|18.42
Sao Paulo|BRA|-23.55|-46.63
Rio de Janeiro|BRA|-22.91|-43.17
Sydney|AUS|-33.87|151.21
Melbourne|AUS|-37.81|144.96
Auckland|NZL|-36.85|174.76
Kandahar|AFG|31.63|65.71
Donetsk|UKR|48.02|37.80
Kharkiv|UKR|49.99|36.23
Odesa|UKR|46.48|30.72
Crimea|UKR|45.30|34.10
Almaty|KAZ|43.24|76.95
Edinburgh|GBR|55.95|-3.19
Manchester|GBR|53.48|-2.24
Strasbourg|FRA|48.57|7.75
Marseille|FRA|43.30|5.37
Lyon|FRA|45.76|4.84
Brussels|BEL|50.85|4.35
Kowloon|HKG|22.32|114.18
"""

# Ethnic and regional peoples tied to one country in news use: iso3 | adjective | people.
# Peoples spread over several countries (Kurds, Tamils, Pashtuns, Hutus) are left out.
ETHNIC_GROUPS = """
NGA|Yoruba|Yorubas
NGA|Igbo|Igbos
NGA|Ibo|Ibos
KEN|Kikuyu|Kikuyus
ZAF|Zulu|Zulus
ZAF|Xhosa|Xhosas
ZWE|Shona|Shonas
ZWE|Ndebele|Ndebeles
LKA|Sinhalese|Sinhalese
CHN|Uighur|Uighurs
CHN|Uyghur|Uyghurs
CHN|Tibetan|Tibetans
RUS|Chechen|Chechens
BEL|Flemish|Flemings
BEL|Walloon|Walloons
ESP|Catalan|Catalans
FRA|Corsican|Corsicans
XKX|Kosovar|Kosovars
"""

# Other names for a country's people in news use, beside world_tables.COUNTRIES' adjective
# and plural: iso3 | adjective (or singular noun) | people. Names shared by several states
# ("Korean", "Congolese"), words that are mostly a language ("English", "Persian") and
# singulars that are given names or common words ("Finn", "Dane", "Pole", "Turk", "Welsh") are
# left out (the plurals "Finns", "Danes", "Poles", "Turks" are COUNTRIES' peoples already).
DEMONYMS = """
PHL|Filipino|Filipinos
PHL|Filipina|Filipinas
NPL|Nepalese|Nepalese
SRB|Serb|Serbs
HRV|Croat|Croats
BIH|Bosniak|Bosniaks
GBR|Briton|Britons
GBR|Scottish|Scots
LAO|Laotian|Laotians
KAZ|Kazakhstani|Kazakhstanis
AZE|Azeri|Azeris
ESP|Spaniard|Spaniards
ARG|Argentinian|Argentinians
SLE|Sierra Leonean|Sierra Leoneans
NZL|New Zealander|New Zealanders
"""

# Office holders since 2014, which the Phoenix dictionaries (2014) lack: heads of state and
# government and foreign ministers of the countries most in the news (public record).
# name | iso3 | CAMEO sector | start | end (empty: still in office at the build) | office
LEADERS = """
Barack Obama|USA|GOV|2009-01-20|2017-01-20|president
Donald Trump|USA|GOV|2017-01-20|2021-01-20|president
Joe Biden|USA|GOV|2021-01-20|2025-01-20|president
Donald Trump|USA|GOV|2025-01-20||president
Mike Pence|USA|GOV|2017-01-20|2021-01-20|vice president
Kamala Harris|USA|GOV|2021-01-20|2025-01-20|vice president
John Kerry|USA|GOV|2013-02-01|2017-01-20|secretary of state
Rex Tillerson|USA|GOV|2017-02-01|2018-03-31|secretary of state
Mike Pompeo|USA|SPY|2017-01-23|2018-04-26|cia director
Mike Pompeo|USA|GOV|2018-04-26|2021-01-20|secretary of state
Antony Blinken|USA|GOV|2021-01-26|2025-01-20|secretary of state
Marco Rubio|USA|GOV|2025-01-21||secretary of state
Xi Jinping|CHN|GOV|2013-03-14||president
Li Keqiang|CHN|GOV|2013-03-15|2023-03-11|premier
Li Qiang|CHN|GOV|2023-03-11||premier
Wang Yi|CHN|GOV|2013-03-16|2022-12-30|foreign minister
Qin Gang|CHN|GOV|2022-12-30|2023-07-25|foreign minister
Wang Yi|CHN|GOV|2023-07-25||foreign minister
Stephen Harper|CAN|GOV|2006-02-06|2015-11-04|prime minister
Justin Trudeau|CAN|GOV|2015-11-04|2025-03-14|prime minister
Mark Carney|CAN|GOV|2025-03-14||prime minister
Stephane Dion|CAN|GOV|2015-11-04|2017-01-10|foreign minister
Chrystia Freeland|CAN|GOV|2017-01-10|2019-11-20|foreign minister
Chrystia Freeland|CAN|GOV|2019-11-20|2024-12-16|deputy prime minister
Francois-Philippe Champagne|CAN|GOV|2019-11-20|2021-01-12|foreign minister
Marc Garneau|CAN|GOV|2021-01-12|2021-10-26|foreign minister
Melanie Joly|CAN|GOV|2021-10-26|2025-05-13|foreign minister
Vladimir Putin|RUS|GOV|2012-05-07||president
Dmitry Medvedev|RUS|GOV|2012-05-08|2020-01-16|prime minister
Mikhail Mishustin|RUS|GOV|2020-01-16||prime minister
Sergei Lavrov|RUS|GOV|2004-03-09||foreign minister
David Cameron|GBR|GOV|2010-05-11|2016-07-13|prime minister
Theresa May|GBR|GOV|2016-07-13|2019-07-24|prime minister
Boris Johnson|GBR|GOV|2016-07-13|2018-07-09|foreign secretary
Jeremy Hunt|GBR|GOV|2018-07-09|2019-07-24|foreign secretary
Boris Johnson|GBR|GOV|2019-07-24|2022-09-06|prime minister
Dominic Raab|GBR|GOV|2019-07-24|2021-09-15|foreign secretary
Liz Truss|GBR|GOV|2021-09-15|2022-09-06|foreign secretary
Liz Truss|GBR|GOV|2022-09-06|2022-10-25|prime minister
Rishi Sunak|GBR|GOV|2022-10-25|2024-07-05|prime minister
James Cleverly|GBR|GOV|2022-09-06|2023-11-13|foreign secretary
David Cameron|GBR|GOV|2023-11-13|2024-07-05|foreign secretary
Keir Starmer|GBR|GOV|2024-07-05||prime minister
David Lammy|GBR|GOV|2024-07-05|2025-09-05|foreign secretary
Francois Hollande|FRA|GOV|2012-05-15|2017-05-14|president
Emmanuel Macron|FRA|GOV|2017-05-14||president
Angela Merkel|DEU|GOV|2005-11-22|2021-12-08|chancellor
Olaf Scholz|DEU|GOV|2021-12-08|2025-05-06|chancellor
Friedrich Merz|DEU|GOV|2025-05-06||chancellor
Shinzo Abe|JPN|GOV|2012-12-26|2020-09-16|prime minister
Yoshihide Suga|JPN|GOV|2020-09-16|2021-10-04|prime minister
Fumio Kishida|JPN|GOV|2021-10-04|2024-10-01|prime minister
Shigeru Ishiba|JPN|GOV|2024-10-01||prime minister
Narendra Modi|IND|GOV|2014-05-26||prime minister
Kim Jong Un|PRK|GOV|2011-12-17||supreme leader
Park Geun-hye|KOR|GOV|2013-02-25|2017-03-10|president
Moon Jae-in|KOR|GOV|2017-05-10|2022-05-10|president
Yoon Suk Yeol|KOR|GOV|2022-05-10|2025-04-04|president
Lee Hsien Loong|SGP|GOV|2004-08-12|2024-05-15|prime minister
Lawrence Wong|SGP|GOV|2024-05-15||prime minister
Tony Abbott|AUS|GOV|2013-09-18|2015-09-15|prime minister
Malcolm Turnbull|AUS|GOV|2015-09-15|2018-08-24|prime minister
Scott Morrison|AUS|GOV|2018-08-24|2022-05-23|prime minister
Anthony Albanese|AUS|GOV|2022-05-23||prime minister
Recep Tayyip Erdogan|TUR|GOV|2014-08-28||president
Hassan Rouhani|IRN|GOV|2013-08-03|2021-08-03|president
Ebrahim Raisi|IRN|GOV|2021-08-03|2024-05-19|president
Masoud Pezeshkian|IRN|GOV|2024-07-28||president
Ali Khamenei|IRN|GOV|1989-06-04||supreme leader
Mohammad Javad Zarif|IRN|GOV|2013-08-15|2021-08-25|foreign minister
Benjamin Netanyahu|ISR|GOV|2009-03-31|2021-06-13|prime minister
Naftali Bennett|ISR|GOV|2021-06-13|2022-06-30|prime minister
Yair Lapid|ISR|GOV|2022-07-01|2022-12-29|prime minister
Benjamin Netanyahu|ISR|GOV|2022-12-29||prime minister
Petro Poroshenko|UKR|GOV|2014-06-07|2019-05-20|president
Volodymyr Zelensky|UKR|GOV|2019-05-20||president
Dilma Rousseff|BRA|GOV|2011-01-01|2016-08-31|president
Michel Temer|BRA|GOV|2016-08-31|2019-01-01|president
Jair Bolsonaro|BRA|GOV|2019-01-01|2023-01-01|president
Luiz Inacio Lula da Silva|BRA|GOV|2023-01-01||president
Enrique Pena Nieto|MEX|GOV|2012-12-01|2018-12-01|president
Andres Manuel Lopez Obrador|MEX|GOV|2018-12-01|2024-10-01|president
Claudia Sheinbaum|MEX|GOV|2024-10-01||president
Salman bin Abdulaziz|SAU|GOV|2015-01-23||king
Mohammed bin Salman|SAU|GOV|2017-06-21||crown prince
Abdel Fattah el-Sisi|EGY|GOV|2014-06-08||president
Rodrigo Duterte|PHL|GOV|2016-06-30|2022-06-30|president
Nicolas Maduro|VEN|GOV|2013-04-19||president
Imran Khan|PAK|GOV|2018-08-18|2022-04-10|prime minister
Tsai Ing-wen|TWN|GOV|2016-05-20|2024-05-20|president
Lai Ching-te|TWN|GOV|2024-05-20||president
Giuseppe Conte|ITA|GOV|2018-06-01|2021-02-13|prime minister
Mario Draghi|ITA|GOV|2021-02-13|2022-10-22|prime minister
Giorgia Meloni|ITA|GOV|2022-10-22||prime minister
Mariano Rajoy|ESP|GOV|2011-12-21|2018-06-01|prime minister
Pedro Sanchez|ESP|GOV|2018-06-02||prime minister
Andrzej Duda|POL|GOV|2015-08-06|2025-08-06|president
Viktor Orban|HUN|GOV|2010-05-29||prime minister
Bashar al-Assad|SYR|GOV|2000-07-17|2024-12-08|president
Ashraf Ghani|AFG|GOV|2014-09-29|2021-08-15|president
Jacob Zuma|ZAF|GOV|2009-05-09|2018-02-14|president
Cyril Ramaphosa|ZAF|GOV|2018-02-15||president
Muhammadu Buhari|NGA|GOV|2015-05-29|2023-05-29|president
Bola Tinubu|NGA|GOV|2023-05-29||president
Uhuru Kenyatta|KEN|GOV|2013-04-09|2022-09-13|president
William Ruto|KEN|GOV|2022-09-13||president
"""

# Large companies the Phoenix dictionaries lack, with the country of their headquarters
# (public record): name | iso3. A "<Company> <Country>" unit is coded by its own country.
COMPANIES = """
Huawei|CHN
Huawei Technologies|CHN
ZTE|CHN
Alibaba|CHN
Tencent|CHN
ByteDance|CHN
TikTok|CHN
Xiaomi|CHN
Baidu|CHN
Sinopec|CHN
SMIC|CHN
DJI|CHN
BYD|CHN
Apple|USA
Facebook|USA
Meta Platforms|USA
Amazon|USA
Tesla|USA
Intel|USA
Uber|USA
Twitter|USA
SpaceX|USA
OpenAI|USA
Alphabet|USA
Gazprom|RUS
Rosneft|RUS
Lukoil|RUS
Aeroflot|RUS
Kaspersky Lab|RUS
Saudi Aramco|SAU
Aramco|SAU
Volkswagen|DEU
Siemens|DEU
BASF|DEU
Bayer|DEU
Daimler|DEU
BMW|DEU
Renault|FRA
TSMC|TWN
Foxconn|TWN
Nestle|CHE
Glencore|CHE
Ericsson|SWE
Petrobras|BRA
Vale|BRA
Pemex|MEX
Equinor|NOR
"""
