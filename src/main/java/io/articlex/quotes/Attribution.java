package io.articlex.quotes;

/**
 * Who a quote is attributed to, as read at the quote.
 *
 * @param phrase the speaker's words ("he", "Leonard E. Burman, director of ...")
 * @param cue    the cue verb or phrase as written ("said", "told", "according to")
 * @param direct whether the attribution clause sits right at the quote (",\" X said" / "X said: \""),
 *               as opposed to a cue earlier in the sentence that the quote completes
 */
record Attribution(Phrase phrase, String cue, boolean direct) {
}
