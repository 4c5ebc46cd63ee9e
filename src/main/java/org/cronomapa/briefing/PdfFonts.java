package org.cronomapa.briefing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The briefing's two fonts (regular and bold). DejaVu Sans is not bundled with Cronomapa: it is
 * loaded from the system (the paths fonts-dejavu-core and most Linux distributions install, or the
 * {@code cronomapa.pdf.font} system property naming a regular TrueType file) and embedded as a
 * subset, so every character it has (Spanish accents, dashes, Quechua and Aymara letters) is real,
 * copyable text. When it is not found, the PDF uses the Standard 14 Helvetica with WinAnsi
 * encoding, which every reader has and which still carries á é í ó ú ü ñ ¿ ¡; a character WinAnsi
 * lacks is then written as '?' ({@link #safe}) rather than failing the export.
 */
final class PdfFonts {
    private static final List<String> DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts", "C:\\Windows\\Fonts");

    final PDFont regular;
    final PDFont bold;
    /** True when DejaVu Sans was embedded; false for the Helvetica fallback. */
    final boolean embedded;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold, boolean embedded) {
        this.regular = regular;
        this.bold = bold;
        this.embedded = embedded;
    }

    static PdfFonts load(PDDocument doc) throws IOException {
        Path regular = find(System.getProperty("cronomapa.pdf.font"), "DejaVuSans.ttf");
        if (regular != null) {
            Path bold = find(null, "DejaVuSans-Bold.ttf");
            PDFont r = PDType0Font.load(doc, regular.toFile());
            return new PdfFonts(r, bold == null ? r : PDType0Font.load(doc, bold.toFile()), true);
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
    }

    /** Helvetica with WinAnsi only (what a machine without DejaVu gets), for tests. */
    static PdfFonts standard() {
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
    }

    private static Path find(String property, String name) {
        if (property != null && !property.isBlank() && Files.isRegularFile(Path.of(property))) {
            return Path.of(property);
        }
        for (String dir : DIRS) {
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The text with every character the font cannot show replaced by '?', and controls by spaces. */
    String safe(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(cp * 2 + (font == bold ? 1 : 0), k -> canEncode(font, cp))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The text's width in the font's units at size 1. */
    float width(String safeText, PDFont font) throws IOException {
        return font.getStringWidth(safeText) / 1000f;
    }

    /** Ascent and descent (positive) at size 1. */
    float ascent(PDFont font) {
        float a = font.getFontDescriptor() == null ? 0 : font.getFontDescriptor().getAscent();
        return (a <= 0 ? 718 : a) / 1000f;
    }

    float descent(PDFont font) {
        float d = font.getFontDescriptor() == null ? 0 : -font.getFontDescriptor().getDescent();
        return (d <= 0 ? 207 : d) / 1000f;
    }
}
