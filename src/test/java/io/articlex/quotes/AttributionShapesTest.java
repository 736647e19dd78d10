package io.articlex.quotes;

import io.articlex.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attribution shapes that used to come out cut, padded or missing, each on invented text: the
 * paragraphs (separated by {@code ||}), which quote (0-based), and the speaker and mention expected.
 * An empty expected value means null.
 */
class AttributionShapesTest {

    private static Quote quote(String text, int index) {
        List<Quote> q = QuoteStageTest.quotes(text.split("\\s*\\|\\|\\s*"));
        assertThat(q).as("quotes of %s", text).hasSizeGreaterThan(index);
        return q.get(index);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            # cue verbs outside the old hand-grown list, in several tenses
            "The harbour is ours again," exclaimed Nora Vance.; 0; Nora Vance; Nora Vance
            "Please finish the dam before the rains," Tomas Reyes implored the council.; 0; Tomas Reyes; Tomas Reyes
            "That is not what the report says," interjected Ilse Brandt.; 0; Ilse Brandt; Ilse Brandt
            "It was the best season we ever had," Paola Greco gushed.; 0; Paola Greco; Paola Greco
            "Nobody reads the fine print," the mayor chimed in.; 0; the mayor; the mayor
            Ruth Okafor had written: "The river will not wait for us."; 0; Ruth Okafor; Ruth Okafor
            "Prices will fall," Dan Whitcombe suggests. "They always do."; 1; Dan Whitcombe; Dan Whitcombe
            "We build, then we argue," Kemal Aydin points out.; 0; Kemal Aydin; Kemal Aydin
            # a record that reported the words ("..., according to Y") is the source, not the cue's subject
            "The bridge stays shut," Lena Marsh said, according to a Radio Kestrel report.; 0; a Radio Kestrel report; a Radio Kestrel report
            "We will appeal," said Omar Fadel, according to the Harbor Gazette.; 0; the Harbor Gazette; the Harbor Gazette
            "We will appeal," Omar Fadel said on Monday. According to the court, the filing came late.; 0; Omar Fadel; Omar Fadel
            # a nickname in marks inside the name is no quote: the attribution runs on through it
            "We won the county!" Rosa "Rosie" Delgado told the crowd.; 0; Rosa Delgado; Rosa Delgado
            "We won the county!" Rosa "Rosie" Delgado told the crowd. "Now the state."; 1; Rosa Delgado; Rosa Delgado
            # a cue verb after a quoted fragment whose object is a that-clause: the clause is no speaker
            Town lawyer Dana Pike said in the letter that the notice "clearly and unfairly" suggests that the town and its staff back the plan.; 0; Dana Pike; Town lawyer Dana Pike
            # "as Y put it" after the quote names who worded it
            The rule asks for "a steady source of income," as a county audit put it.; 0; a county audit; a county audit
            The rule asks for "a steady source of income," as Nadia Kerr puts it.; 0; Nadia Kerr; Nadia Kerr
            # the subject's appositive before the predicate and a participle cue stays in the mention
            Vance, a former county treasurer, laughed at the budget, adding: "Nobody reads it."; 0; Vance; Vance, a former county treasurer
            # a party-and-state tag after a name describes it; it is not the speaker
            "The vote will hold," Senate Leader Ada Pruitt, R-Ky., said Tuesday.; 0; Ada Pruitt; Senate Leader Ada Pruitt, R-Ky.
            # a possessor and a noun of a speech act right before the quote said it
            Fact checkers disputed Ada Pruitt's claim that "thousands of people were cheering outside".; 0; Ada Pruitt; Ada Pruitt
            Senator Ida Marsh spoke first. || The union sat out the race after her March comment that, "We are going to close the mines."; 0; Ida Marsh; her
            Tomas Reyes's pledge to "cut the ferry fares in half" was popular.; 0; Tomas Reyes; Tomas Reyes
            The company's statement that "no worker was ever at risk" angered the union.; 0; The company; The company
            # no possessor, or no speech noun: no speaker from these words
            The union disputed the claim that "thousands of people were cheering outside".; 0; ;
            Her March report found that "the mines will close within the year".; 0; ; 
            # a capitalised cue verb opening the sentence
            Said Maren Holt: "The vote is a formality now."; 0; Maren Holt; Maren Holt
            Continued Holt: "And nobody will remember it."; 0; Holt; Holt
            # lower-case occupations before a name, from the occupation vocabulary
            "The wind decides tonight," county sheriff Mara Quist told reporters.; 0; Mara Quist; county sheriff Mara Quist
            "The contract is void," said lawyer Jonas Pell.; 0; Jonas Pell; lawyer Jonas Pell
            "Rates will stay low," economist Ada Finch said.; 0; Ada Finch; economist Ada Finch
            # a lower-case head noun after the capitalised words of the subject
            The Ohio senator left the stage, saying the vote was "a question of honour for all of us".; 0; The Ohio senator; The Ohio senator
            Band member Rook Tally posted a note, writing that the tour was "the best month of our lives".; 0; Rook Tally; Band member Rook Tally
            # a sentence-initial adverbial is no part of the speaker
            Sooner or later, the Vermont governor told reporters, "the work pays off."; 0; the Vermont governor; the Vermont governor
            Like Pruitt, Dalia Serra also rejected the plan, arguing that it was "a gift to the landlords".; 0; Dalia Serra; Dalia Serra
            # no cue verb: a signature after a dash, a colon after a verb that is no cue
            "We will be back next spring." -Mayor Ilka Moss, after the vote.; 0; Ilka Moss; Mayor Ilka Moss
            Lena Ortiz has since apologized for the delay: "I should have told the families first."; 0; Lena Ortiz; Lena Ortiz
            # a cue separated from its quote by a paraphrase, or by a verb coordinated with it
            "The rebound is real," like the rise in hiring last spring, said Omar Quill, an analyst at a bank.; 0; Omar Quill; Omar Quill, an analyst at a bank
            Tessa Vale was joined on stage by Senator Rob Ince and joked, "You are all here for him."; 0; Tessa Vale; Tessa Vale
            Once, when my brother asked about the farm, I laughed and said, "It was never ours."; 0; ; I
            # someone's aide opening a sentence with no cue: the name set off after the description, never the possessor
            Ward's communications director, Priya Nair, had a different view: "Tonight the country saw who he is."; 0; Priya Nair; Priya Nair
            Ward's spokeswoman had a different view: "Tonight the country saw who he is."; 0; Ward's spokeswoman; Ward's spokeswoman
            Ward's remarks: "Tonight the country saw who he is."; 0; Ward; Ward
            # a second clause joined by "and" after a quote has its own subject
            Carl Vance called his rival "a career politician who never built anything" and Dale Ward accused him of "running a con on working people."; 1; Dale Ward; Dale Ward
            Carl Vance called his rival "a career politician who never built anything" and Iowa voters seemed to agree, "by a wide margin."; 1; Carl Vance; Carl Vance
            # a body that puts out a text whose participle cue leads into the quote ("a statement saying")
            The White House later released a statement saying the forecasts had been "reviewed and endorsed by career staff."; 0; The White House; The White House
            The ministry issued a statement on Friday, saying the forecasts were "reviewed and endorsed by career staff."; 0; The ministry; The ministry
            The protesters carried a letter saying the forecasts had been "reviewed and endorsed by career staff."; 0; ;
            # a possessed description opening with a capital ("Mr. Ward's budget director") is the role of the name after it
            "We are closer than ever," said Mr. Ward's budget director, Helen Yost.; 0; Helen Yost; Mr. Ward's budget director, Helen Yost
            "We are closer than ever," said the governor's budget director, Helen Yost.; 0; Helen Yost; the governor's budget director, Helen Yost
            "We are closer than ever," said Mr. Ward's budget director.; 0; Mr. Ward's budget director; Mr. Ward's budget director
            # a running mate is a role: the name set off after it speaks, and "the running mate" is that person
            Hillary Clinton spoke first. Her running mate, Sen. Tim Kaine, was blunter: "This plan is a disaster."; 0; Tim Kaine; Sen. Tim Kaine
            Her running mate, Sen. Tim Kaine, spoke first. || "We will win Ohio," the running mate said.; 0; Tim Kaine; the running mate
            # an emphatic reflexive after the name is no part of it; the mention keeps the words as written
            Carl Vance himself weighed in on Twitter: "Great interview. The establishment is finished!"; 0; Carl Vance; Carl Vance himself
            Senator Carl Vance spoke last. || Vance himself acknowledged that "it will be very hard for us to win."; 0; Carl Vance; Vance himself
            # a pronoun after the sentence whose subject just spoke goes to that subject, not to the paragraph's first person
            Lorna Pitt testified first. || Panel member Iris Waldo asked Ms. Pitt whether she had kept notes. Ms. Pitt said she had. "Every day," she said.; 0; Lorna Pitt; she
            Panel member Iris Waldo asked Ms. Pitt whether she had kept notes. Lorna Pitt said she had. "Every day," she said. "I have them with me."; 1; Lorna Pitt; she
            Panel member Iris Waldo asked Ms. Pitt about her notes. "Every day," she said.; 0; Iris Waldo; she
            # a role of several words whose head is an occupation ("master of ceremonies") before the name
            "Thanks for coming," said master of ceremonies Asab Al-Tabchi, an engineer. "No thanks to the governor," he added.; 0; Asab Al-Tabchi; master of ceremonies Asab Al-Tabchi, an engineer
            "Thanks for coming," said master of ceremonies Asab Al-Tabchi, an engineer. "No thanks to the governor," he added.; 1; Asab Al-Tabchi; he
            # the prepositional phrase of an adjective belongs to the description
            "Nothing has been decided," said a source close to the mayor.; 0; a source close to the mayor; a source close to the mayor
            "They are still talking," said one aide familiar with the talks.; 0; one aide familiar with the talks; one aide familiar with the talks
            """)
    void speakerAndMention(String text, int index, String speaker, String mention) {
        Quote q = quote(text, index);
        assertThat(q.speaker()).as("speaker").isEqualTo(speaker);
        assertThat(q.mention()).as("mention").isEqualTo(mention);
    }
}
