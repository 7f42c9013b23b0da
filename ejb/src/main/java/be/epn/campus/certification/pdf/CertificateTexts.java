package be.epn.campus.certification.pdf;

import be.epn.campus.platform.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed texts of a certificate in one language, from {@code certificate_<language>.properties} beside
 * this class. Placeholders {@code {0}}, {@code {1}} are replaced as they are, without
 * {@link java.text.MessageFormat}, so translators can write apostrophes freely.
 */
final class CertificateTexts {

    static final String BUNDLE = "be.epn.campus.certification.pdf.certificate";

    private final Language language;
    private final ResourceBundle bundle;

    private CertificateTexts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The texts in exactly that language: a missing bundle is a packaging error, not a reason to switch. */
    static CertificateTexts in(Language language) {
        return new CertificateTexts(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                CertificateTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The certificate text '" + key + "' is missing in " + language.code()
                    + ": check certificate_" + language.code() + ".properties", e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** The date written out, such as "12 mars 2026": no numeric format that a reader abroad could misread. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }
}
