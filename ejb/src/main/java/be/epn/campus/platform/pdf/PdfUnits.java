package be.epn.campus.platform.pdf;

/** Lengths for page layout: PDF measures in points (1/72 inch), print specifications in millimetres. */
public final class PdfUnits {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private PdfUnits() {
    }

    /** The length in points of a length given in millimetres. */
    public static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }

    /** The length in millimetres of a length given in points. */
    public static float toMm(double points) {
        return (float) (points / POINTS_PER_MM);
    }
}
