package io.articlex.dateline;

import io.articlex.Corpora;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PlaceGate} must never refuse a head that one of the gated place-first shapes matches. */
class PlaceGateTest {

    private static final List<String> SHAPES = List.of(
            "Tehran (IP): The secretary said", "TEHRAN, Jun.11 (ISNA)-Iran's former minister",
            "BANDAR ABBAS, Jan. 16 (MNA) – Ships", "BLOOMINGTON, Minn. (AP) — A man", "OSLO (Reuters) -Norway's exports",
            "SEOUL/WASHINGTON (Reuters) - Talks", "MOSCOW, March 5. /TASS/. The Kremlin", "NEW YORK, Feb 26 - Stocks rose",
            "LAKE SUCCESS, N.Y. March 3 - Tender", "CHICAGO, March 4, - South Korea's",
            "New Delhi [India], September 24 (ANI): The", "Bengaluru (Karnataka) [India], June 4 (ANI): A",
            "Dubai, 29th November, 2015 (WAM) - The", "Madrid, Mar 18 (EFE).- The", "Niamey (Niger) (AFP) – Soldiers",
            "Tehran, Sept 21, IRNA -- The", "Tehran, IRNA – The", "Tehran, IRNA - The", "Tehran, IRNA. The",
            "Riyadh, February 14, 2023, SPA -- The", "Baku / 21.12.17 / Turan: The", "Baku/21.12.17/Turan: The",
            "Baku, Azerbaijan, May 17By Aytan Guliyeva - Trend: The", "May 17 Trend: The", "17 may, Trend: x",
            "TEHRAN – The", "SEOUL -- The", "ISLAMABAD: The", "Rome - The", "Al-Otaibi - The", "Río de la Plata - x",
            "Rome, 6 set. - x", "Madrid, 2 ene. - x", "Roma, 3 de marzo - x", "Rome\u2013The", "City of London\t- x",
            "Gaza, occupied Palestine, May 2 - x", "Kyiv—x", "Kyiv --x", "Kyiv-- x", "Paris - Oct. 3: x",
            "PARIS -- Oct 3: x", "Paris, Oct 3 -- (AFP) - x", "WASHINGTON, March 4 - A former", "Île-de-France: x",
            "Ho Chi Minh City, 12/03/2020 - x", "Seoul,Dec 2 - x", "BERLIN, dec 2 - x", "BERLIN\ndec 2 - x",
            "Sanaa, Yemen [AFP]: x", "Sanaa (Yemen), March 3 - x", "Sanaa (Yemen),3 March - x",
            "Niamey (Niger) 12 May (AFP) - x", "Gaza [Palestine] (Strip) (North), 3 May: x", "Gaza (a) (b) (c) May 3 - x",
            "Niamey (Niger)\t12/05/2024 - x", "An Najaf, Iraq - x", "upon Tyne - x", "de Gaulle - x", "occupied Jerusalem - x",
            "Калининград. 4 июля. INTERFAX.RU - x", "St. Petersburg. Jan. 4. TASS - x", "МОСКВА, 3 янв — РИА Новости. x",
            "МОСКВА, 3 янв — РИА Новости, Анна Петрова. x", "Paris, 4th of July, 2023 -- AFP. x", "Kyiv, 12.03.2024 – Ukrinform. x",
            "Madrid, 3 de marzo de 2024, 10:15 - EFE. x");

    @Test
    void neverRefusesAHeadThatAGatedShapeMatches() throws IOException {
        List<String> heads = new ArrayList<>(SHAPES);
        for (String s : SHAPES) {
            heads.add(s.toLowerCase(Locale.ROOT));
            heads.add(s.toUpperCase(Locale.ROOT));
            heads.add(s.replace(' ', '\t'));
        }
        int paragraphs = 0;
        for (String corpus : List.of("reuters-dev", "synthetic-dev", "quotes-dev")) {
            try (var files = Files.list(Corpora.corpus(corpus))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    for (String para : Files.readString(f).split("\\n\\s*\\n")) {
                        String p = para.strip();
                        paragraphs++;
                        heads.add(head(p));
                        // every word start too: datelines glued after bylines, mid-line shapes
                        for (int i = 1; i < Math.min(p.length(), 400); i++) {
                            if (Character.isWhitespace(p.charAt(i - 1)) && !Character.isWhitespace(p.charAt(i))) {
                                heads.add(head(p.substring(i)));
                            }
                        }
                    }
                }
            }
        }
        int matched = 0;
        int refused = 0;
        int read = 0;
        int agencies = 0;
        DatelineParser parser = new DatelineParser(io.articlex.rules.OutletTable.builtIn());
        for (String h : heads) {
            PlaceGate gate = PlaceGate.of(h);
            Matcher agency = DatelineParser.DATE_DASH_AGENCY.get().matcher(h);
            if (agency.lookingAt() && parser.known(agency.group("code"))) {
                // the only match of the shape the parser keeps
                assertThat(gate.datedPlaceThenDashAgency() && parser.knownAgencyMay(h, gate)).as(h).isTrue();
                agencies++;
            }
            refused += gate.place() ? 0 : 1;
            matched += check(h, DatelineParser.TASS.get(), gate.tass());
            matched += check(h, DatelineParser.SLASHED.get(), gate.slashed());
            matched += check(h, DatelineParser.DATE_THEN_AGENCY.get(), gate.dateThenAgency());
            matched += check(h, DatelineParser.BYLINE_EMBEDDED.get(), gate.bylineEmbedded());
            matched += check(h, DatelineParser.DASH_DATE.get(), gate.dashDate());
            matched += check(h, DatelineParser.WITH_DATE.get(), gate.withDate());
            matched += check(h, DatelineParser.WITH_DATE.get(), gate.withFullDate());
            matched += check(h, DatelineParser.WITH_AGENCY.get(), gate.withAgency());
            matched += check(h, DatelineParser.BARE.get(), gate.bare());
            matched += check(h, DatelineParser.DOTTED.get(), gate.dottedPlace());
            matched += check(h, DatelineParser.DATE_DASH_AGENCY.get(), gate.datedPlaceThenDash());
            matched += check(h, DatelineParser.DATE_DASH_AGENCY.get(), gate.datedPlaceThenDashAgency());
            DatelineParser.WithDate w = DatelineParser.wireDate(h);
            if (w != null) {
                read++;
                Matcher m = DatelineParser.WITH_DATE.get().matcher(h);
                assertThat(m.lookingAt()).as(h).isTrue();
                assertThat(w).as(h).isEqualTo(new DatelineParser.WithDate(m.end(), m.group("loc"), m.group("quals"),
                        m.group("date"), m.group("code"), m.group("code2"), m.group("code3"), m.group("sep")));
            }
        }
        assertThat(read).as("wire datelines read by hand").isGreaterThan(300);
        assertThat(agencies).as("known agencies after a dash").isGreaterThan(0);
        assertThat(paragraphs).isGreaterThan(3000);
        assertThat(matched).as("matches seen").isGreaterThan(2000);
        assertThat(refused).as("heads the gate settles without a regex").isGreaterThan(heads.size() / 2);
    }

    /** A dated shape's head whose first digit opens no date and ends no month: a wire title in capitals with a number. */
    @Test
    void aFullDateHasAMonthBeforeTheFirstDigitOrOpensThere() {
        for (String title : List.of("MONTEDISON UNIT ISSUES 50 MLN AUSTRALIAN DLR BOND", "JAPAN CONSUMER PRICES FALL 0.4 PCT IN JANUARY",
                "INDONESIA'S EXPORTS DROP IN CALENDAR 1986", "FRANCE SETS 7.5 BILLION FRANC T-BILL TENDER")) {
            assertThat(PlaceGate.of(title).withDate()).as(title).isTrue();
            assertThat(PlaceGate.of(title).withFullDate()).as(title).isFalse();
        }
        for (String dateline : List.of("WASHINGTON, March 4 - A former", "SAN MATEO, Calif., Mar. 2 - x", "MOSCOW, DECEMBER 7 - x",
                "MADRID, 12 mar. (COLPISA) - x", "BERLIN, 3. Dezember (dpa) - x", "Baku, 3rd of March - x",
                "Калининград, 12 марта. /ИА «Запад»/.", "ANTWERPEN 15/09 (BELGA) - x", "Baku, 21.12.2017 - x",
                "Niamey (Niger), 12 May (AFP) - x")) {
            assertThat(PlaceGate.of(dateline).withFullDate()).as(dateline).isTrue();
            assertThat(DatelineParser.WITH_DATE.get().matcher(dateline).lookingAt()).as(dateline).isTrue();
        }
    }

    /** An agency after the dash is read only when the table may know it: a story that opens with a name is no agency. */
    @Test
    void anAgencyAfterTheDashIsOneTheTableMayKnow() {
        DatelineParser parser = new DatelineParser(io.articlex.rules.OutletTable.builtIn());
        for (String story : List.of("NEW YORK, March 2 - Investor David F. La Roche of North Kingstown, R.I., said",
                "CHICAGO, March 4 - Chicago Mercantile Exchange, CME, directors have postponed action")) {
            PlaceGate gate = PlaceGate.of(story);
            assertThat(gate.datedPlaceThenDashAgency()).as(story).isTrue();
            assertThat(parser.knownAgencyMay(story, gate)).as(story).isFalse();
        }
        for (String dateline : List.of("МОСКВА, 3 янв — РИА Новости. Власти", "МОСКВА, 3 янв — РИА Новости, Анна Петрова. Власти",
                "MOSCOW, Dec. 7 -- TASS, Ivan Petrov. Officials")) {
            PlaceGate gate = PlaceGate.of(dateline);
            assertThat(gate.datedPlaceThenDashAgency() && parser.knownAgencyMay(dateline, gate)).as(dateline).isTrue();
            assertThat(parser.parse(dateline).orElseThrow().dateline().agency()).as(dateline).isNotNull();
        }
    }

    private static int check(String head, Pattern shape, boolean allowed) {
        boolean m = shape.matcher(head).lookingAt();
        if (m) {
            assertThat(allowed).as("gate refused a head that a shape matches: %s", head).isTrue();
        }
        return m ? 1 : 0;
    }

    private static String head(String p) {
        return p.length() > DatelineParser.HEAD ? p.substring(0, DatelineParser.HEAD) : p;
    }

    @Test
    void refusesOrdinaryProseAndKeepsDatelines() {
        assertThat(PlaceGate.placeMayEnd("The survey showed that 54 percent of voters")).isFalse();
        assertThat(PlaceGate.placeMayEnd("In an election where Trump moved")).isFalse();
        assertThat(PlaceGate.placeMayEnd("WASHINGTON, March 4 - A former")).isTrue();
        assertThat(PlaceGate.placeMayEnd("TEHRAN – Iran's")).isTrue();
        assertThat(PlaceGate.of("MOSCOW, March 5. /TASS/. The").tass()).isTrue();
        assertThat(PlaceGate.of("Baku / 21.12.17 / Turan: The").slashed()).isTrue();
        assertThat(PlaceGate.of("TEHRAN (IRNA) - On 5 May").tass()).isFalse();
        assertThat(PlaceGate.of("LONDON, March 5 - Shares rose").dateThenAgency()).isFalse();
        assertThat(PlaceGate.of("LONDON, March 5 (Reuters) - Shares rose").dateThenAgency()).isFalse();
        assertThat(PlaceGate.of("LONDON, March 5 - (Reuters) - Shares rose").dateThenAgency()).isTrue();
        assertThat(PlaceGate.of("LONDON, March 5 -(Reuters) - Shares rose").dateThenAgency()).isTrue();
        assertThat(PlaceGate.of("WASHINGTON, March 2 - The Securities and Exchange Commission (SEC) is").dateThenAgency())
                .isFalse();
        assertThat(PlaceGate.of("CHICAGO, March 2 - Unocal Corp said its 1/2 pct notes").tass()).isFalse();
        assertThat(PlaceGate.of("MOSCOW, 5 March /TASS/. The").tass()).isTrue();
        assertThat(PlaceGate.of("LONDON, March 5 (Reuters) - Shares rose, he said: x").dashDate()).isFalse();
        assertThat(PlaceGate.of("LONDON - March 5: Shares rose").dashDate()).isTrue();
        assertThat(PlaceGate.of("LONDON - 5 March, 10:30 - Shares rose").dashDate()).isTrue();
        assertThat(PlaceGate.of("LONDON — March 5: Shares rose").dashDate()).isTrue();
        // qualifiers and an agency in brackets with no date after them: the dated shape is not tried
        assertThat(PlaceGate.of("Niamey (Niger) (AFP) – Niger on Saturday opened a 30-megawatt farm").withDate()).isFalse();
        assertThat(PlaceGate.of("SAKARYA (AA) - Sakarya Nehri 30 metre").withDate()).isFalse();
        assertThat(PlaceGate.of("Niamey (Niger), 12 May (AFP) - x").withDate()).isTrue();
        assertThat(PlaceGate.of("Niamey (Niger) (West Africa) May 12 - x").withDate()).isTrue();
        assertThat(PlaceGate.of("Калининград. 4 июля. INTERFAX.RU - Власти").dottedPlace()).isTrue();
        assertThat(PlaceGate.of("LONDON, March 3 (Reuters) - Shares rose. Then").dottedPlace()).isFalse();
        assertThat(PlaceGate.of("МОСКВА, 3 янв — РИА Новости. Власти").datedPlaceThenDash()).isTrue();
        assertThat(PlaceGate.of("LONDON, March 3, 12:30 - Shares rose").datedPlaceThenDash()).isTrue();
        assertThat(PlaceGate.of("LONDON, March 3 (Reuters) - Shares rose").datedPlaceThenDash()).isFalse();
        assertThat(PlaceGate.of("МОСКВА, 3 янв — РИА Новости. Власти").datedPlaceThenDashAgency()).isTrue();
        assertThat(PlaceGate.of("МОСКВА, 3 янв — РИА Новости, Анна Петрова. Власти").datedPlaceThenDashAgency()).isTrue();
        assertThat(PlaceGate.of("WASHINGTON, March 4 - The Federal Reserve Board voted").datedPlaceThenDashAgency()).isFalse();
        assertThat(PlaceGate.of("WASHINGTON, March 4 - U.S. officials said").datedPlaceThenDashAgency()).isTrue();
        assertThat(PlaceGate.of("WASHINGTON, March 4 - Federal officials said").datedPlaceThenDashAgency()).isFalse();
    }

    /** placeChar is exactly the class of characters the place group's parts can take. */
    @Test
    void placeCharIsThePlaceClass() {
        Pattern cls = Pattern.compile("[\\p{L}\\p{M}\\s'’.&\\-/,]");
        for (int cp = 0; cp < 0x3400; cp++) {
            assertThat(PlaceGate.placeChar(cp)).as("U+%04X", cp).isEqualTo(cls.matcher(Character.toString(cp)).matches());
        }
        for (int cp : new int[] {0x1D400, 0x20000, 0x1F600, 0xE0100}) {
            assertThat(PlaceGate.placeChar(cp)).as("U+%04X", cp).isEqualTo(cls.matcher(Character.toString(cp)).matches());
        }
    }

    /** Every character before each month's other letters: the months of its letter alone give the answer all twelve give. */
    @Test
    void aMonthIsLookedForAmongTheMonthsOfItsFirstLetter() {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        int opens = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            for (String tail : months) {
                String head = (char) c + tail.substring(1) + " 3";
                boolean any = false;
                for (String m : months) {
                    any |= head.regionMatches(true, 0, m, 0, m.length());
                }
                assertThat(PlaceGate.opensMonth(head, 0)).as("U+%04X%s", c, tail.substring(1)).isEqualTo(any);
                opens += any ? 1 : 0;
            }
        }
        assertThat(opens).isGreaterThanOrEqualTo(24); // both cases of each, and the long s before "ep"
        assertThat(PlaceGate.opensMonth("Sept. 3", 0)).isTrue();
        assertThat(PlaceGate.opensMonth("\u017Fep 3", 0)).as("the long s").isTrue();
        assertThat(PlaceGate.opensMonth("Said 3", 0)).isFalse();
    }
}
