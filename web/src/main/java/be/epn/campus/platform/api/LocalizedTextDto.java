package be.epn.campus.platform.api;

import be.epn.campus.platform.LocalizedText;

/** A text in the three languages as JSON: {@code {"fr":"...","nl":"...","en":"..."}}. */
public record LocalizedTextDto(String fr, String nl, String en) {

    /** The DTO of a text, or null for no text (JSON-B then leaves the field out). */
    public static LocalizedTextDto of(LocalizedText text) {
        return text == null ? null : new LocalizedTextDto(text.getFr(), text.getNl(), text.getEn());
    }
}
