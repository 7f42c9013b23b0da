package be.epn.campus.people.card;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where every glyph on the card lands, in PDF points (origin at the bottom left, as the layout uses). */
final class CardGlyphs extends PDFTextStripper {

    record Glyph(String text, String font, float left, float right, float baseline, float top) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private CardGlyphs() {
        setSortByPosition(true);
    }

    static CardGlyphs of(byte[] pdf) throws IOException {
        CardGlyphs stripper = new CardGlyphs();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return stripper;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            float baseline = p.getPageHeight() - p.getYDirAdj();
            glyphs.add(new Glyph(p.getUnicode(), p.getFont().getName(), p.getXDirAdj(),
                    p.getXDirAdj() + p.getWidthDirAdj(), baseline, baseline + p.getHeightDir()));
        }
    }

    /** The glyphs whose baseline lies within the card's height. */
    List<Glyph> all() {
        return glyphs.stream().filter(g -> g.baseline() > CardFace.BOTTOM && g.baseline() < CardFace.TOP).toList();
    }

    /** The bold glyphs on the card below its first line ("EPN Campus"): the learner's name. */
    List<Glyph> name() {
        List<Glyph> bold = all().stream().filter(g -> g.font().contains("DejaVuSans-Bold")).toList();
        float brand = (float) bold.stream().mapToDouble(Glyph::baseline).max().orElse(0);
        return bold.stream().filter(g -> g.baseline() < brand - 1).toList();
    }

    long nameLines() {
        return name().stream().map(g -> Math.round(g.baseline())).distinct().count();
    }

    String nameText() {
        return name().stream()
                .sorted(Comparator.comparing(Glyph::baseline).reversed().thenComparing(Glyph::left))
                .map(Glyph::text).collect(Collectors.joining());
    }
}
