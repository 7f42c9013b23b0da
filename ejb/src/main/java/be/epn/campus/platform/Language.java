package be.epn.campus.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages of EPN Campus. Brussels is officially bilingual French/Dutch and English is widely
 * used, so every text a person reads exists in these three. French comes first: it is the language
 * most EPN visitors in Brussels share.
 */
public enum Language {
    FR, NL, EN;

    /** The language a visitor gets when nothing tells us better. */
    public static final Language DEFAULT = FR;

    /** The ISO 639-1 code, as used in URLs, cookies, data files and the {@code lang} attribute. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Parses a code such as {@code "nl"} or {@code "nl-BE"}; empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.trim().split("[-_]", 2)[0].toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
