package io.articlex.dateline;

import io.articlex.model.Dateline;
import io.articlex.rules.OutletTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The dateline shapes of wire-patterns.md section 2, each followed by the first words of a story. */
class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser(OutletTable.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            Tehran (IP): The secretary said | Tehran | ~ | IP | The secretary said
            Tehran(IP): The secretary said | Tehran | ~ | IP | The secretary said
            TEHRAN, Jun.11 (ISNA)-Iran's former minister | TEHRAN | Jun.11 | ISNA | Iran's former minister
            TEHRAN, Feb. 28 (MNA) -- The head of | TEHRAN | Feb. 28 | MNA | The head of
            BANDAR ABBAS, Jan. 16 (MNA) – Ships | BANDAR ABBAS | Jan. 16 | MNA | Ships
            WASHINGTON (AP) — The Senate | WASHINGTON | ~ | AP | The Senate
            BLOOMINGTON, Minn. (AP) — A man | BLOOMINGTON, Minn. | ~ | AP | A man
            LONDON, Nov 24 (Reuters) - Shares | LONDON | Nov 24 | Reuters | Shares
            OSLO (Reuters) -Norway's exports | OSLO | ~ | Reuters | Norway's exports
            CHICAGO (Reuters) The company said | CHICAGO | ~ | Reuters | The company said
            SEOUL/WASHINGTON (Reuters) - Talks | SEOUL/WASHINGTON | ~ | Reuters | Talks
            MOSCOW, March 5. /TASS/. The Kremlin | MOSCOW | March 5 | TASS | The Kremlin
            MOSCOW. Dec 6 (Interfax) - Russian grain | MOSCOW | Dec 6 | Interfax | Russian grain
            UNITED NATIONS, April 30. /TASS/. Diplomats | UNITED NATIONS | April 30 | TASS | Diplomats
            NEW YORK, Feb 26 - Stocks rose | NEW YORK | Feb 26 | ~ | Stocks rose
            PORTLAND, Ore., Feb 26 - Red Lion | PORTLAND, Ore. | Feb 26 | ~ | Red Lion
            LAKE SUCCESS, N.Y. March 3 - Tender | LAKE SUCCESS, N.Y. | March 3 | ~ | Tender
            CHICAGO, March 4, - South Korea's | CHICAGO | March 4 | ~ | South Korea's
            XIGAZE, Tibet, April 29 (Xinhua) -- Pilgrims | XIGAZE, Tibet | April 29 | Xinhua | Pilgrims
            Kathmandu, Nov 26 (PTI) The government | Kathmandu | Nov 26 | PTI | The government
            Ranchi, Dec 16 (UNI): Police | Ranchi | Dec 16 | UNI | Police
            Baghdad-INA | Baghdad | ~ | INA | ~
            Baghdad - INA | Baghdad | ~ | INA | ~
            New Delhi [India], September 24 (ANI): The | New Delhi [India] | September 24 | ANI | The
            Bengaluru (Karnataka) [India], June 4 (ANI): A | Bengaluru (Karnataka) [India] | June 4 | ANI | A
            Mumbai (ANI): The | Mumbai | ~ | ANI | The
            Dubai, 29th November, 2015 (WAM) - The | Dubai | 29th November, 2015 | WAM | The
            Madrid, Mar 18 (EFE).- The | Madrid | Mar 18 | EFE | The
            Niamey (Niger) (AFP) – Soldiers | Niamey (Niger) | ~ | AFP | Soldiers
            Riyadh (AFP) – Saudi | Riyadh | ~ | AFP | Saudi
            KUWAIT, Dec 2 (KUNA) -- Kuwait's | KUWAIT | Dec 2 | KUNA | Kuwait's
            SUBANG, Oct 16 (Bernama) -- The | SUBANG | Oct 16 | Bernama | The
            KUALA LUMPUR (Bernama): The | KUALA LUMPUR | ~ | Bernama | The
            WASHINGTON, Aug. 8 (UPI) -- The | WASHINGTON | Aug. 8 | UPI | The
            BEIRUT, Lebanon, Aug. 8 (UPI) -- The | BEIRUT, Lebanon | Aug. 8 | UPI | The
            ANKARA (AA) – Turkey's | ANKARA | ~ | AA | Turkey's
            MOSCOW (Sputnik) - Russia | MOSCOW | ~ | Sputnik | Russia
            TEHRAN (FNA)- Iran's | TEHRAN | ~ | FNA | Iran's
            TEHRAN (Fars New Agency)- Iran's | TEHRAN | ~ | Fars New Agency | Iran's
            TEHRAN (Press TV) -- Iran | TEHRAN | ~ | Press TV | Iran
            BRUSSELS (MNI) – The | BRUSSELS | ~ | MNI | The
            Madrid, Sep 25 (Prensa Latina) The | Madrid | Sep 25 | Prensa Latina | The
            Tehran, Sept 21, IRNA -- The | Tehran | Sept 21 | IRNA | The
            Tehran, IRNA – The | Tehran | ~ | IRNA | The
            Riyadh, February 14, 2023, SPA -- The | Riyadh | February 14, 2023 | SPA | The
            RIYADH, Jul 30 (NNN-SPA) – The | RIYADH | Jul 30 | NNN-SPA | The
            TEHRAN – Iran's | TEHRAN | ~ | ~ | Iran's
            TEHRAN- Iran's | TEHRAN | ~ | ~ | Iran's
            SEOUL -- South Korea | SEOUL | ~ | ~ | South Korea
            BUDAPEST/SEOUL -- Hungary | BUDAPEST/SEOUL | ~ | ~ | Hungary
            ISLAMABAD: The | ISLAMABAD | ~ | ~ | The
            NEW DELHI: The | NEW DELHI | ~ | ~ | The
            Rome - The Italian | Rome | ~ | ~ | The Italian
            (ANSA) - Rome, September 10 - Italy's | Rome | September 10 | ANSA | Italy's
            (ANSA) - TRIESTE - The | TRIESTE | ~ | ANSA | The
            (CNN) — The | ~ | ~ | CNN | The
            NOURNEWS-Iran's | ~ | ~ | NOURNEWS | Iran's
            By IANS, Kolkata : The | Kolkata | ~ | IANS | The
            Baku / 21.12.17 / Turan: The | Baku | 21.12.17 | Turan | The
            Baku, Azerbaijan, May 17By Aytan Guliyeva - Trend:Azerbaijan's | Baku, Azerbaijan | May 17 | Trend | Azerbaijan's
            Baku, May 21, AZERTAC | Baku | May 21 | AZERTAC | ~
            MIAMI (AP) | MIAMI | ~ | AP | ~
            KUWAIT CITY, Oct 26: The | KUWAIT CITY | Oct 26 | ~ | The
            CAIRO – 23 May 2022: The | CAIRO | 23 May 2022 | ~ | The
            Mosca, 24 mar 10:36 - (Agenzia Nova) - La | Mosca | 24 mar | Agenzia Nova | La
            Москва, 12 марта 2025, 14:05 — ИА Регнум. Власти | Москва | 12 марта 2025 | ИА Регнум | Власти
            ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 12 марта. /Корр. ТАСС Ирина Смирнова/. Вулкан | ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ | 12 марта | ТАСС | Вулкан
            إسطنبول/ الأناضول | إسطنبول | ~ | الأناضول | ~
            القدس/ عبد الرؤوف أرناؤوط/ الأناضول | القدس | ~ | الأناضول | ~
            MOSCOW, March 10, 2004. (RIA Novosti correspondents Alexander Bratersky and Sergei Zelentsov) - The | MOSCOW | March 10, 2004 | RIA Novosti | The
            Port Of Spain, November 29, 2009 (ANI) | Port Of Spain | November 29, 2009 | ANI | ~
            KARACHI, Pakistan, (Reuter) - The | KARACHI, Pakistan | ~ | Reuter | The
            TOKYO, April 13 Kyodo | TOKYO | April 13 | Kyodo | ~
            TOKYO, Dec. 6 Kyodo - Japan's | TOKYO | Dec. 6 | Kyodo | Japan's
            TOKYO, Dec. 6 Kyodo - | TOKYO | Dec. 6 | Kyodo | ~
            AGI - Roma, 6 dic. - Treni cancellati | Roma | 6 dic | AGI | Treni cancellati
            NNA - Caretaker Minister met the envoy | ~ | ~ | NNA | Caretaker Minister met the envoy
            Bethlehem, occupied West Bank – Israeli | Bethlehem, occupied West Bank | ~ | ~ | Israeli
            Washington, DC – The | Washington, DC | ~ | ~ | The
            By F. Ahmed and Sarwar Kashani, IANS, Srinagar : The | Srinagar | ~ | IANS | The
            München (dts Nachrichtenagentur) – Die | München | ~ | dts Nachrichtenagentur | Die
            (PITTSBURGH) -- The | PITTSBURGH | ~ | ~ | The
            Tehran, YJC. The | Tehran | ~ | YJC | The
            San Pietroburgo, 6 set. – Russia's | San Pietroburgo | 6 set | ~ | Russia's
            NOURNEWS- Iran's | ~ | ~ | NOURNEWS | Iran's
            Apr. 18Trend:European ministers | ~ | Apr. 18 | Trend | European ministers
            INTERFAX-UKRAINE12:00 18.04.2019 The | ~ | 18.04.2019 | INTERFAX-UKRAINE | The
            Berlin (dpa) - Die Bahn | Berlin | ~ | dpa | Die Bahn
            Hamburg (dpa/lno) - Der Hafen | Hamburg | ~ | dpa/lno | Der Hafen
            PARIS (AFP) - Le gouvernement | PARIS | ~ | AFP | Le gouvernement
            Madrid, 3 ene (EFE).- El Gobierno | Madrid | 3 ene | EFE | El Gobierno
            BILBAO, 12 Dic. (EUROPA PRESS) - El puerto | BILBAO | 12 Dic | EUROPA PRESS | El puerto
            MADRID, 21 (EUROPA PRESS) - El Gobierno | MADRID | 21 | EUROPA PRESS | El Gobierno
            АКТОБЕ. КАЗИНФОРМ - В городе | АКТОБЕ | ~ | КАЗИНФОРМ | В городе
            دمشق-سانا افتتح | دمشق | ~ | سانا | افتتح
            مسقط في 5 مارس /العُمانية/ تستضيف | مسقط | 5 مارس | العُمانية | تستضيف
            Frankfurt/Main (SID) - Bundestrainer | Frankfurt/Main | ~ | SID | Bundestrainer
            ROMA, 3 GEN - Il governo | ROMA | 3 GEN | ~ | Il governo
            (ANSA) - ROMA, 14 MAR - Il Senato | ROMA | 14 MAR | ANSA | Il Senato
            (DIRE) Roma, 5 mar. - Entreranno | Roma | 5 mar | DIRE | Entreranno
            Torino, 5 giu. (Adnkronos) - La Regione | Torino | 5 giu | Adnkronos | La Regione
            Lisboa, 03 jan 2024 (Lusa) - O Governo | Lisboa | 03 jan 2024 | Lusa | O Governo
            МОСКВА, 3 января. /ТАСС/. Правительство | МОСКВА | 3 января | ТАСС | Правительство
            Самара. 9 марта. INTERFAX.RU - Власти | Самара | 9 марта | INTERFAX.RU | Власти
            ОМСК, 2 апр — РИА Новости. Власти | ОМСК | 2 апр | РИА Новости | Власти
            DEN HAAG (ANP) - Het kabinet | DEN HAAG | ~ | ANP | Het kabinet
            GENT 02/10 (BELGA) - De stad | GENT | 02/10 | BELGA | De stad
            Warszawa (PAP) - Sejm | Warszawa | ~ | PAP | Sejm
            KONYA (İHA) – Belediye | KONYA | ~ | İHA | Belediye
            Ali YILMAZ/BURSA, (DHA) - Kentte | BURSA | ~ | DHA | Kentte
            (Belga) La commune | ~ | ~ | Belga | La commune
            الدوحة في 3 يناير /قنا/ أعلنت | الدوحة | 3 يناير | قنا | أعلنت
            أبوظبي في 8 مارس / وام / أعلنت | أبوظبي | 8 مارس | وام | أعلنت
            عمان (بترا) - قال | عمان | ~ | بترا | قال
            عمّان (بترا) - قال | عمّان | ~ | بترا | قال
            القاهرة: «الشرق الأوسط» | القاهرة | ~ | الشرق الأوسط | ~
            عمّان: «الشرق الأوسط» | عمّان | ~ | الشرق الأوسط | ~
            دبي - العربية.نت | دبي | ~ | العربية.نت | ~
            القدس 7-12-2026 وفا- هدمت | القدس | 7-12-2026 | وفا | هدمت
            الرياض 05 رجب 1445 هـ الموافق 17 يناير 2024 م واس - أعلنت | الرياض | 05 رجب 1445 هـ الموافق 17 يناير 2024 م | واس | أعلنت
            الرياض 05 رجب 1445 هـ الموافق 17 يناير 2024 م واس دشن | الرياض | 05 رجب 1445 هـ الموافق 17 يناير 2024 م | واس | دشن
            الرياض 17 يناير 2024 واس | الرياض | 17 يناير 2024 | واس | ~
            tehran, jan 5, irna -- iran's roads minister | tehran | jan 5 | irna | iran's roads minister
            bandar abbas (irna) -- the port | bandar abbas | ~ | irna | the port
            March 3 (UPI) -- Police in three countries | ~ | March 3 | UPI | Police in three countries
            MADRID, 12 Mar. (COLPISA) - El Gobierno | MADRID | 12 Mar | COLPISA | El Gobierno
            Buenos Aires, 12 mar (NA) - El Gobierno | Buenos Aires | 12 mar | NA | El Gobierno
            Lima, mar. 5 (ANDINA). La Autoridad | Lima | mar. 5 | ANDINA | La Autoridad
            Lima, mar. 5 (Andina). La Autoridad | Lima | mar. 5 | Andina | La Autoridad
            NORTHFIELD, Minn., March 12, 2024 /PRNewswire/ -- The board | NORTHFIELD, Minn. | March 12, 2024 | PRNewswire | The board
            NORTHFIELD, Minn., March 12, 2024 (GLOBE NEWSWIRE) -- The board | NORTHFIELD, Minn. | March 12, 2024 | GLOBE NEWSWIRE | The board
            DAYTON, Ohio--(BUSINESS WIRE)--Northwind Robotics | DAYTON, Ohio | ~ | BUSINESS WIRE | Northwind Robotics
            (부산=연합뉴스) 김민수 기자 = 부산항 신항의 물동량이 | 부산 | ~ | Yonhap | 부산항 신항의 물동량이
            (서울=연합뉴스) 김민수 이지은 기자 = 정부는 | 서울 | ~ | Yonhap | 정부는
            (워싱턴=연합뉴스) 김민수 특파원 = 미국 정부는 | 워싱턴 | ~ | Yonhap | 미국 정부는
            [서울=뉴시스]김민수 기자 = 정부는 | 서울 | ~ | Newsis | 정부는
            (서울=뉴스1) 김민수 기자 = 정부는 | 서울 | ~ | News1 | 정부는
            SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. | SAN JOSE, Calif. | ~ | BUSINESS WIRE | Acme Corp.
            القاهرة - أ ش أ | القاهرة | ~ | أ ش أ | ~
            Hamburg (ots) - Die Hafenbehörde | Hamburg | ~ | ots | Die Hafenbehörde
            Калининград, 12 марта. /ИА «Запад»/. Власти | Калининград | 12 марта | ИА «Запад» | Власти
            Brest, le 12 mars 2024 – Le port | Brest | le 12 mars 2024 | ~ | Le port
            Chandigarh, March 12 | Chandigarh | March 12 | ~ | ~
            YEREVAN, DECEMBER 6, ARMENPRESS. Armenia and | YEREVAN | DECEMBER 6 | ARMENPRESS | Armenia and
            Bucharest, Dec 6 /Agerpres/ - Romania's | Bucharest | Dec 6 | Agerpres | Romania's
            NNA - Caretaker Minister | ~ | ~ | NNA | Caretaker Minister
            Denpasar, Bali (ANTARA) - The ministry | Denpasar, Bali | ~ | ANTARA | The ministry
            Lagos, Dec. 6, 2026 (NAN) The Federal | Lagos | Dec. 6, 2026 | NAN | The Federal
            Accra, Dec. 06, GNA – Ghana's | Accra | Dec. 06 | GNA | Ghana's
            SÃO PAULO, 12 (AE) - O governo | SÃO PAULO | 12 | AE | O governo
            MADRID (COLPISA) - El Consejo | MADRID | ~ | COLPISA | El Consejo
            BISHKEK (AKIpress) - Kyrgyz carrier | BISHKEK | ~ | AKIpress | Kyrgyz carrier
            София, 6 декември /БТА/. Народното събрание | София | 6 декември | БТА | Народното събрание
            Київ, 6 грудня /Укрінформ/. Енергетики | Київ | 6 грудня | Укрінформ | Енергетики
            Киев, 6 декабря. Укринформ. В столице | Киев | 6 декабря | Укринформ | В столице
            Петербург, 6 декабря. В Петербурге открылась | Петербург | 6 декабря | ~ | В Петербурге открылась
            МОСКВА, 12 марта. Госдума приняла | МОСКВА | 12 марта | ~ | Госдума приняла
            LONDON, March 4 Reuters. Shares fell | LONDON | March 4 | Reuters | Shares fell
            Budapest, 2026. december 6., vasárnap (MTI) - Új határátkelő | Budapest | 2026. december 6 | MTI | Új határátkelő
            București, 6 decembrie /Agerpres/ - Guvernul | București | 6 decembrie | Agerpres | Guvernul
            PODGORICA, Dec 6 (NOVA-X) | PODGORICA | Dec 6 | NOVA-X | ~
            Baku. 6 December. REPORT.AZ | Baku | 6 December | REPORT.AZ | ~
            Colombo, December 7 (Newsfirst) - The Cabinet | Colombo | December 7 | Newsfirst | The Cabinet
            Suva, 7 December 2026 (FBC News) - Fiji can | Suva | 7 December 2026 | FBC News | Fiji can
            Port Moresby, December 7 (Post-Courier) – PNG can | Port Moresby | December 7 | Post-Courier | PNG can
            Киев. 6 декабря. ИНТЕРФАКС-УКРАИНА - Кабинет | Киев | 6 декабря | ИНТЕРФАКС-УКРАИНА | Кабинет
            МОСКВА, 6 дек — ПРАЙМ. Банк России | МОСКВА | 6 дек | ПРАЙМ | Банк России
            Baku. December 6. APA. Azerbaijan and | Baku | December 6 | APA | Azerbaijan and
            KINGSTON, Jamaica (CMC) — The government | KINGSTON, Jamaica | ~ | CMC | The government
            CHENNAI, December 06, 2026 09:15 IST | CHENNAI | December 06, 2026 | ~ | ~
            LAGOS, Dec 6, 2026, 10:42 am | LAGOS | Dec 6, 2026 | ~ | ~
            NEW DELHI, Dec 6, 2026 14.05 GMT+8 | NEW DELHI | Dec 6, 2026 | ~ | ~
            Addis Ababa, December 7/2026 (ENA) Ethiopia and | Addis Ababa | December 7/2026 | ENA | Ethiopia and
            AKIPRESS.COM - Kyrgyzstan will | ~ | ~ | AKIPRESS.COM | Kyrgyzstan will
            (ECNS) -- Beijing opened | ~ | ~ | ECNS | Beijing opened
            Kisumu, Monday, December 7, 2026 (KNA) The county | Kisumu | Monday, December 7, 2026 | KNA | The county
            Muscat, Dec 7 (ONA) --- Oman's ministry | Muscat | Dec 7 | ONA | Oman's ministry
            MUSCAT, Dec 7 --- Oman's ministry | MUSCAT | Dec 7 | ~ | Oman's ministry
            Dar es Salaam — The government | Dar es Salaam | ~ | ~ | The government
            Ulaanbaatar /MONTSAME/. Mongolia plans | Ulaanbaatar | ~ | MONTSAME | Mongolia plans
            """)
    void readsShape(String paragraph, String location, String date, String agency, String rest) {
        Optional<DatelineParser.Match> m = parser.parse(paragraph);
        assertThat(m).as("dateline in %s", paragraph).isPresent();
        Dateline d = m.get().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.date()).isEqualTo(date);
        assertThat(d.agency()).isEqualTo(agency);
        String after = paragraph.substring(m.get().end()).strip();
        assertThat(after).isEqualTo(rest == null ? "" : rest);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Water council: Karun-4 dam upgrade to finish before summer peak",
            "Shamkhani said: \"We expect more\"",
            "Al-Otaibi said the units would add capacity.",
            "GERMAN ENGINEERS WILL HOLD WARNING STRIKES MARCH 9",
            "On March 3, the council met.",
            "South Lebanon Farmers: “We Will Harvest Every Tree”",
            "Shillong: Volunteers clear weeds from the lake shore on Tuesday. PTI Photo",
            "Abu Dhabi-based firms said they would invest.",
            "KUWAIT, Dec 2 (Foo) -- an unknown code in brackets",
            "The Secretary of the Council said: \"No.\"",
            "Jerusalem/Tel Aviv - Talks resumed",
            "Paris, 3 out of 4 voters (Foo) said",
            "وقال المدير في 3 يناير إن المشروع",
            "الرياض 17 يناير 2024 شهدت المدينة أمطارا غزيرة",
            "المدينة المنورة الجديدة واس دشن",
            "tehran, jan 5, acme -- a code the table does not know",
            "and then, may 5, they said -- nothing",
            "March 3 (Foo) -- an unknown code after a date",
            "WASHINGTON, March 4 (LEAD) - an editorial tag, not an agency",
            "LONDON, March 4 (GMT) - a time zone, not an agency",
            "PARIS, March 4 (Ville de Paris) - a mixed-case name the table does not know",
            "Talks between the two sides, March 12",
            "Chapter, 11 (Foo) -- a day before an unknown code",
            "ST. LOUIS. Foo - a full stop before an unknown word",
            "WASHINGTON, Dec. 6, Sunday. A weekday is no agency",
            "NASA - a code the table does not know",
            "TALKS IN GENEVA, March 9 (ANALYSIS)",
            "CHICAGO (Reuters) may be the most quoted dateline in financial journalism",
            "WASHINGTON, March 4 Officials - the meeting was delayed",
            "Ade Bello, December 6, 2026 10:42 am",
            "REUTERS, Dec 6, 2026 10:42",
            "UPDATED, Dec 6, 2026 10:42",
            "Moscow. December 6. Officials. They said",
            "Москва, 6 декабря. Президент. Он сказал",
            "Москва, 6 декабря. в городе",
            "Москва, 12.03.2024. Власти",
            "Berlin, 6. Dezember. Ein Tag im Advent",
            "A: The ships are getting bigger every year.",
            "Q - What will it cost?",
            "CHENNAI, December 06, 2026 09:15 IST The corporation said",
            "(20피트 기준)으로 지난해보다 늘었다",
            "연합뉴스에 따르면 부산항의 물동량이 늘었다",
            "Income /Expense/ ratio fell in the third quarter",
            "Sales /NEWCO/ rose in the third quarter",
            "Iran-IAEA",
            "Baghdad-INA talks resume",
            "Reuters - AFP",
            "القدس/ الضفة الغربية",
            "Dian Septiari (The Jakarta Post)",
            "ترامب: «لن نتراجع»",
            "القاهرة: «الشرق الأوسط» على حافة الهاوية",
            "WASHINGTON, March 4 (Updated) - The vote",
            "LONDON, Dec 7 (Video) - Crowds gather",
            "Colombo, December 7 (Newsfirst) The Cabinet"
    })
    void refusesWhatIsNotADateline(String paragraph) {
        Optional<DatelineParser.Match> m = parser.parse(paragraph);
        // a weak match is allowed only when the caller would reject it: a bare place before lower-case text
        assertThat(m.filter(DatelineParser.Match::strong)).as("strong dateline in %s", paragraph).isEmpty();
        if (m.isPresent()) {
            assertThat(m.get().dateline().location()).isNotEqualTo("Shillong");
        }
    }

    /** A correspondent's credit between TASS's slashes gives the agency, and the name as the byline. */
    @org.junit.jupiter.api.Test
    void tassCorrespondentIsTheBylineAndTassTheAgency() {
        DatelineParser.Match m = parser.parse("ТОМСК, 15 февраля. /Корр. ТАСС Ирина Смирнова/. Вулкан").orElseThrow();
        assertThat(m.dateline().agency()).isEqualTo("ТАСС");
        assertThat(m.byline()).isEqualTo("Ирина Смирнова");
        // an agency the table does not know keeps the whole credit as the code
        assertThat(parser.parse("ТОМСК, 15 февраля. /Корр. ЗАПАД Ирина Смирнова/. Вулкан").orElseThrow().dateline().agency())
                .isEqualTo("Корр. ЗАПАД Ирина Смирнова");
    }

    @org.junit.jupiter.api.Test
    void dateFirstGateAdmitsDaysAndEnglishMonthsOnly() {
        assertThat(DatelineParser.opensWithDate("March 3 (UPI) --")).isTrue();
        assertThat(DatelineParser.opensWithDate("Sept. 3 (UPI) --")).isTrue();
        assertThat(DatelineParser.opensWithDate("3 ene (EFE) -")).isTrue();
        assertThat(DatelineParser.opensWithDate("WASHINGTON (AP) --")).isFalse();
        assertThat(DatelineParser.opensWithDate("Marching (AP) --")).isFalse();
        assertThat(DatelineParser.opensWithDate("")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Water council: Karun-4 dam upgrade", "Shillong: Volunteers clear weeds",
            "South Lebanon Farmers: “We Will Harvest Every Tree”", "Al-Otaibi said"})
    void titleCasePlaceWithColonIsNoDateline(String paragraph) {
        assertThat(parser.parse(paragraph)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Niamey (Niger) (AFP) – Soldiers | Niamey (Niger) | AFP
            Kyiv (Ukraine) (AFP) – Drones | Kyiv (Ukraine) | AFP
            Bengaluru (Karnataka) [India], June 4 (ANI): A | Bengaluru (Karnataka) [India] | ANI
            """)
    void placeQualifierIsNotAnAgency(String paragraph, String location, String agency) {
        Dateline d = parser.parse(paragraph).orElseThrow().dateline();
        assertThat(d.location()).isEqualTo(location);
        assertThat(d.agency()).isEqualTo(agency);
    }

    @org.junit.jupiter.api.Test
    void bylineInFrontOfADatelineIsReturnedApart() {
        DatelineParser.Match m = parser.parse("By Sam Hale DUBAI, Feb 29 – Oil prices rose").orElseThrow();
        assertThat(m.byline()).isEqualTo("By Sam Hale");
        assertThat(m.dateline().location()).isEqualTo("DUBAI");
        assertThat(m.dateline().date()).isEqualTo("Feb 29");
    }

    @org.junit.jupiter.api.Test
    void hugeOneLineInputIsReadFromItsHeadOnly() {
        String big = "TEHRAN (IRNA) -- " + "word ".repeat(2_000_000);
        Dateline d = parser.parse(big).orElseThrow().dateline();
        assertThat(d.agency()).isEqualTo("IRNA");
    }

    /**
     * The outlet table's dateline shapes skipped on the openings they fail on: the same parse as trying
     * every shape, over each shape's own datelines, their openings glued to other text, and the heads of
     * the corpora's paragraphs.
     */
    @Test
    void skipping_a_shape_by_its_learned_openings_changes_no_parse() throws java.io.IOException {
        io.articlex.rules.RuleSet rules = io.articlex.rules.RuleSet.of(io.articlex.rules.Rules.builtIn());
        DatelineParser.ShapeStarts starts = new DatelineParser.ShapeStarts(rules);
        starts.learnAfter = 0;
        DatelineParser learning = new DatelineParser(rules.outlets(), starts);
        DatelineParser plain = new DatelineParser(rules.outlets());
        java.util.List<String> heads = new java.util.ArrayList<>(java.util.List.of(
                "(부산=연합뉴스) 김민수 기자 = 부산항 신항의 물동량이", "[서울=뉴시스] 김민수 기자 = 정부는", "(서울=뉴스1) 김민수 기자 = 정부는",
                "Budapest, 2026. december 6., vasárnap (MTI) - Új határátkelő", "(서울=연합뉴스) 정부는", "(AP) — The Senate",
                "[서울] 정부는", "Bu", "(부", "(", ""));
        for (String corpus : java.util.List.of("reuters-dev", "synthetic-dev", "multilingual-dev")) {
            try (var files = java.nio.file.Files.list(io.articlex.Corpora.corpus(corpus))) {
                for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    for (String para : java.nio.file.Files.readString(f).split("\\n\\s*\\n")) {
                        heads.add(para.strip());
                    }
                }
            }
        }
        int found = 0;
        for (int round = 0; round < 2; round++) { // the second round on openings learned in the first
            for (String h : heads) {
                java.util.Optional<DatelineParser.Match> want = plain.parse(h);
                assertThat(learning.parse(h)).as(h).isEqualTo(want);
                found += want.isPresent() ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(200);
    }
}
