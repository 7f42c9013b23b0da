package be.epn.campus.people.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a list of ISO 639-1 codes ("fr", "nl", "ar") as one comma-separated column. */
@Converter
public class LanguageCodesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.stream(column.split(",")).map(String::trim).toList();
    }
}
