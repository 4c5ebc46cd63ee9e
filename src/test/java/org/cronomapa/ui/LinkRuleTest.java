package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cronomapa.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only http and https links are ever opened; everything else is plain text. */
class LinkRuleTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://larepublica.pe/politica/2023/01/09/juliaca", "http://example.org",
        "HTTPS://EXAMPLE.ORG/a?b=c#d", "https://www.gob.pe/institucion/defensoria/noticias/1"})
    void webLinksOpen(String url) {
        assertTrue(LinkRule.opens(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "file:/C:/x.exe",
        "data:text/html;base64,PHNjcmlwdD4=", "mailto:someone@example.org", "ftp://example.org/f", "smb://host/share",
        "/relative/path", "example.org/page", "//example.org/page", "https://", "https:///nohost", "http:example.org",
        "https://exa mple.org", " https://example.org", "https://example.org\n", "https://example.org/\u0000",
        "ht tp://x", "https://[bad", "", "vbscript:msgbox(1)"})
    void anythingElseIsText(String url) {
        assertFalse(LinkRule.opens(url), url);
    }

    @Test
    void nullIsText() {
        assertFalse(LinkRule.opens(null));
    }

    @Test
    void aCitationNamesPublisherCreditTitleDateAndUrlOneSourceALine() {
        String c = Citation.of(List.of(
                new Source("La República", "Juliaca: 17 muertos", "2023-01-10", "https://larepublica.pe/a", "EFE"),
                new Source("Defensoría del Pueblo", "Reporte", null, "https://www.defensoria.gob.pe/r")));
        assertEquals("La República [EFE]. \"Juliaca: 17 muertos\". 2023-01-10. https://larepublica.pe/a\n"
                + "Defensoría del Pueblo. \"Reporte\". https://www.defensoria.gob.pe/r", c);
    }
}
