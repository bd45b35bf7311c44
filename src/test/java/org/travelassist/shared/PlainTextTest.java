package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void word_line_breaks_become_line_breaks_and_other_control_characters_go() {
        assertThat(PlainText.clean("The route\u000Bhas no pavement")).isEqualTo("The route\nhas no pavement");
        assertThat(PlainText.clean("a\u0000b\u0007c\u001Bd\u007Fe\u0085f")).isEqualTo("abcdef");
        assertThat(PlainText.clean("one\r\ntwo\rthree\nfour\tfive")).isEqualTo("one\ntwo\nthree\nfour\tfive");
        assertThat(PlainText.clean("page\fbreak")).isEqualTo("page\nbreak");
    }

    @Test
    void letters_accents_and_emoji_stay_and_broken_surrogates_and_non_characters_go() {
        assertThat(PlainText.clean("Zoë Ñuñez – café 😀")).isEqualTo("Zoë Ñuñez – café 😀");
        assertThat(PlainText.clean("half \uD83D pair \uFFFE\uFFFF end")).isEqualTo("half  pair  end");
        assertThat(PlainText.clean(null)).isNull();
    }

    @Test
    void escaped_text_never_holds_a_character_xml_forbids() {
        assertThat(PdfDocuments.escape("Grounds\u000Bsecond line & <more>")).isEqualTo("Grounds<br/>second line &amp; &lt;more&gt;");
    }
}
