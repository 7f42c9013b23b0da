package be.epn.campus.people.web;

import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.platform.Language;
import java.io.Serializable;
import java.util.Map;

/**
 * The fields of a person as a form edits them (new learner at the desk, new staff account, my account),
 * bound as {@code #{bean.person.givenName}}. Every form names its inputs alike (givenName, familyName,
 * birthYear, language, email, phone), so validation messages find their field in any of them.
 */
public class PersonFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenName;
    private String familyName;
    private Integer birthYear;
    private Language language;
    private String email;
    private String phone;

    public static PersonFields of(PersonDetails details) {
        PersonFields fields = new PersonFields();
        fields.givenName = details.givenName();
        fields.familyName = details.familyName();
        fields.birthYear = details.birthYear();
        fields.language = details.preferredLanguage();
        fields.email = details.email();
        fields.phone = details.phone();
        return fields;
    }

    public PersonDetails details() {
        return new PersonDetails(givenName, familyName, birthYear, language, email, phone);
    }

    /** Where the messages about each property go in the form {@code formId}. */
    public static Map<String, String> clientIds(String formId) {
        return Map.of("givenName", formId + ":givenName", "familyName", formId + ":familyName",
                "birthYear", formId + ":birthYear", "preferredLanguage", formId + ":language",
                "email", formId + ":email", "phone", formId + ":phone");
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
