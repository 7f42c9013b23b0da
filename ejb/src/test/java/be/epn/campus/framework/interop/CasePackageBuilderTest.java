package be.epn.campus.framework.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.ElementKind;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkElement;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.model.FrameworkSync;
import be.epn.campus.framework.model.MappingEntry;
import be.epn.campus.framework.model.MappingRelation;
import be.epn.campus.framework.source.FrameworkFileReader;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.curricula.CurriculumFile;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CasePackageBuilderTest {

    static final URI BASE = URI.create("https://campus.example/api/ims/case/v1p1/");
    static final LocalDateTime LOADED = LocalDateTime.of(2026, 2, 1, 10, 15, 30, 123_000_000);

    private final Framework tiny = framework("tiny-1.0");
    private final Function<String, Optional<Framework>> noOtherFramework = key -> Optional.empty();

    static Framework framework(String id) {
        try (InputStream in = CasePackageBuilderTest.class.getResourceAsStream("/fixtures/frameworks/tiny-1.0/framework.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("tiny-1.0", id);
            var definition = new FrameworkFileReader().read(CurriculumFile.ofText("frameworks/" + id + "/framework.json", json));
            return FrameworkSync.create(definition, "frameworks/" + id + "/framework.json", "hash-" + id, LOADED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture reloaded in place from a file where competence 1.2 is gone. */
    static Framework withoutCompetenceOneTwo(Framework framework) {
        try (InputStream in = CasePackageBuilderTest.class.getResourceAsStream("/fixtures/frameworks/tiny-1.0/framework.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = json.indexOf(",\n       {\"code\": \"1.2\"");
            int end = json.indexOf("\n     ]}", start);
            String name = "frameworks/tiny-1.0/framework.json";
            var definition = new FrameworkFileReader().read(CurriculumFile.ofText(name, json.substring(0, start) + json.substring(end)));
            FrameworkSync.update(framework, definition, name, "hash-2", LOADED.plusDays(1));
            return framework;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject build(Framework framework, Language language) {
        return new CasePackageBuilder(BASE, language).cfPackage(framework, List.of(), noOtherFramework);
    }

    private static List<JsonObject> array(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static String id(JsonObject json, String link) {
        return json.getJsonObject(link).getString("identifier");
    }

    private static Map<String, JsonObject> itemsByCode(JsonObject cfPackage) {
        return array(cfPackage, "CFItems").stream()
                .collect(Collectors.toMap(i -> i.getString("CFItemType") + " " + i.getString("humanCodingScheme"), i -> i));
    }

    @Test
    void exportsOneDocumentAnItemPerAreaCompetenceAndLevelAndOneChildOfPerItem() {
        JsonObject cfPackage = build(tiny, Language.EN);

        assertEquals(tiny.getUuid().toString(), cfPackage.getJsonObject("CFDocument").getString("identifier"));
        List<JsonObject> items = array(cfPackage, "CFItems");
        assertEquals(7, items.size());
        assertEquals(2, items.stream().filter(i -> i.getString("CFItemType").equals("Competence Area")).count());
        assertEquals(3, items.stream().filter(i -> i.getString("CFItemType").equals("Competence")).count());
        assertEquals(2, items.stream().filter(i -> i.getString("CFItemType").equals("Proficiency Level")).count());
        List<JsonObject> associations = array(cfPackage, "CFAssociations");
        assertEquals(7, associations.size());
        assertTrue(associations.stream().allMatch(a -> a.getString("associationType").equals("isChildOf")));
    }

    @Test
    void everyCompetenceIsChildOfItsAreaAndAreasAndLevelsAreChildrenOfTheDocument() {
        JsonObject cfPackage = build(tiny, Language.EN);
        Map<String, String> parentOf = array(cfPackage, "CFAssociations").stream()
                .collect(Collectors.toMap(a -> id(a, "originNodeURI"), a -> id(a, "destinationNodeURI")));

        for (Competence competence : tiny.getCompetences()) {
            assertEquals(competence.getArea().getUuid().toString(), parentOf.get(competence.getUuid().toString()),
                    competence + " must be a child of its area");
        }
        String document = tiny.getUuid().toString();
        Stream.concat(tiny.getAreas().stream(), tiny.getLevels().stream()).forEach(element ->
                assertEquals(document, parentOf.get(element.getUuid().toString()), element + " must be a child of the document"));
    }

    @Test
    void aCompetenceRemovedByAReloadIsNoLongerExported() {
        Framework reloaded = withoutCompetenceOneTwo(framework("tiny-1.0"));

        JsonObject cfPackage = build(reloaded, Language.EN);

        assertEquals(2, reloaded.getCompetences().size());
        assertFalse(itemsByCode(cfPackage).containsKey("Competence 1.2"));
        assertEquals(6, array(cfPackage, "CFItems").size());
        assertEquals(6, array(cfPackage, "CFAssociations").size());
    }

    @Test
    void numbersSiblingsFromOneInTheirFrameworkOrder() {
        Map<String, Integer> sequence = array(build(tiny, Language.EN), "CFAssociations").stream()
                .collect(Collectors.toMap(a -> id(a, "originNodeURI"), a -> a.getInt("sequenceNumber")));

        assertEquals(1, sequence.get(tiny.area("1").orElseThrow().getUuid().toString()));
        assertEquals(2, sequence.get(tiny.area("2").orElseThrow().getUuid().toString()));
        assertEquals(2, sequence.get(tiny.competence("1.2").orElseThrow().getUuid().toString()));
        assertEquals(1, sequence.get(tiny.competence("2.1").orElseThrow().getUuid().toString()));
        assertEquals(2, sequence.get(tiny.level(2).orElseThrow().getUuid().toString()));
    }

    @Test
    void itemIdentifiersAreTheElementUuidsAndEveryIdentifierIsTheSameAtEveryExport() {
        JsonObject first = build(tiny, Language.EN);
        JsonObject second = build(framework("tiny-1.0"), Language.EN);

        Set<String> elementUuids = Stream.of(tiny.getAreas(), tiny.getCompetences(), tiny.getLevels())
                .flatMap(List::stream).map(e -> e.getUuid().toString()).collect(Collectors.toSet());
        assertEquals(elementUuids, array(first, "CFItems").stream().map(i -> i.getString("identifier")).collect(Collectors.toSet()));
        assertEquals(first, second);
        Set<String> associationIds = array(first, "CFAssociations").stream().map(a -> a.getString("identifier")).collect(Collectors.toSet());
        assertEquals(7, associationIds.size(), "association identifiers are distinct");
        assertFalse(associationIds.stream().anyMatch(elementUuids::contains));
    }

    @Test
    void anotherFrameworkExportsOtherIdentifiers() {
        Framework other = framework("tiny-2.0");

        assertNotEquals(tiny.getUuid(), other.getUuid());
        assertNotEquals(array(build(tiny, Language.EN), "CFItems").get(0).getString("identifier"),
                array(build(other, Language.EN), "CFItems").get(0).getString("identifier"));
    }

    @Test
    void writesEveryRequiredFieldWithAbsoluteUrisAndUtcTimes() {
        JsonObject cfPackage = build(tiny, Language.EN);
        JsonObject document = cfPackage.getJsonObject("CFDocument");

        for (String field : List.of("identifier", "uri", "creator", "title", "lastChangeDateTime", "officialSourceURL",
                "publisher", "description", "language", "version", "adoptionStatus", "licenseURI")) {
            assertTrue(document.containsKey(field), "CFDocument." + field);
        }
        assertEquals(BASE + "CFDocuments/" + tiny.getUuid(), document.getString("uri"));
        assertEquals("2026-02-01T10:15:30Z", document.getString("lastChangeDateTime"));
        assertEquals("Adopted", document.getString("adoptionStatus"));
        assertEquals("EPN Campus tests", document.getString("creator"));
        for (JsonObject item : array(cfPackage, "CFItems")) {
            for (String field : List.of("identifier", "uri", "fullStatement", "humanCodingScheme", "notes", "language",
                    "CFItemType", "lastChangeDateTime")) {
                assertTrue(item.containsKey(field), "CFItem." + field + " in " + item);
            }
            assertEquals(BASE + "CFItems/" + item.getString("identifier"), item.getString("uri"));
            assertFalse(item.containsKey("CFDocumentURI"), "package items leave the document link out");
        }
        for (JsonObject association : array(cfPackage, "CFAssociations")) {
            for (String field : List.of("identifier", "uri", "associationType", "sequenceNumber", "originNodeURI",
                    "destinationNodeURI", "lastChangeDateTime")) {
                assertTrue(association.containsKey(field), "CFAssociation." + field);
            }
            for (String link : List.of("originNodeURI", "destinationNodeURI")) {
                assertTrue(association.getJsonObject(link).getString("uri").startsWith(BASE.toString()));
                assertFalse(association.getJsonObject(link).getString("title").isBlank());
            }
        }
    }

    @Test
    void levelsAreCodedByTheirNumber() {
        Map<String, JsonObject> items = itemsByCode(build(tiny, Language.EN));

        assertEquals(tiny.level(2).orElseThrow().getUuid().toString(), items.get("Proficiency Level 2").getString("identifier"));
        assertEquals("Level 2", items.get("Proficiency Level 2").getString("fullStatement"));
        assertEquals("Alone.", items.get("Proficiency Level 2").getString("notes"));
    }

    @Test
    void writesTitlesAndStatementsInTheRequestedLanguage() {
        JsonObject english = build(tiny, Language.EN);
        JsonObject dutch = build(tiny, Language.NL);

        assertEquals("Competence one", itemsByCode(english).get("Competence 1.1").getString("fullStatement"));
        assertEquals("Competentie een", itemsByCode(dutch).get("Competence 1.1").getString("fullStatement"));
        assertEquals("Een doen.", itemsByCode(dutch).get("Competence 1.1").getString("notes"));
        assertEquals("Klein kader", dutch.getJsonObject("CFDocument").getString("title"));
        assertEquals("nl", dutch.getJsonObject("CFDocument").getString("language"));
        assertEquals("fr", itemsByCode(build(tiny, Language.FR)).get("Competence Area 2").getString("language"));
        assertEquals(array(english, "CFItems").stream().map(i -> i.getString("identifier")).toList(),
                array(dutch, "CFItems").stream().map(i -> i.getString("identifier")).toList(), "identifiers do not depend on the language");
    }

    @Test
    void acceptsABaseUriWithoutTrailingSlash() {
        JsonObject cfPackage = new CasePackageBuilder(URI.create("http://localhost:8080/api/ims/case/v1p1"), Language.EN)
                .cfPackage(tiny, List.of(), noOtherFramework);

        assertEquals("http://localhost:8080/api/ims/case/v1p1/CFDocuments/" + tiny.getUuid(),
                cfPackage.getJsonObject("CFDocument").getString("uri"));
    }

    @Test
    void exportsMappingEntriesOfTheSourceFrameworkAsAssociationsToTheTargetItems() {
        Framework next = framework("tiny-2.0");
        FrameworkMapping mapping = new FrameworkMapping(tiny, next);
        mapping.replaceEntries(List.of(
                new MappingEntry.Draft(ElementKind.COMPETENCE, "1.1", MappingRelation.EXACT_MATCH, "1.1"),
                new MappingEntry.Draft(ElementKind.AREA, "2", MappingRelation.REPLACED_BY, "1"),
                new MappingEntry.Draft(ElementKind.LEVEL, "2", MappingRelation.RELATED, "2"),
                new MappingEntry.Draft(ElementKind.COMPETENCE, "1.2", MappingRelation.PART_OF, "9.9")),
                "mappings/tiny.json", "h", LOADED);
        Function<String, Optional<Framework>> frameworks = key -> Optional.of(next).filter(f -> f.getKey().equals(key));
        CasePackageBuilder builder = new CasePackageBuilder(BASE, Language.EN);

        List<JsonObject> crosswalk = array(builder.cfPackage(tiny, List.of(mapping), frameworks), "CFAssociations").stream()
                .filter(a -> !a.getString("associationType").equals("isChildOf")).toList();

        assertEquals(3, crosswalk.size(), "the entry naming a code gone from the target is left out");
        JsonObject exact = crosswalk.get(0);
        assertEquals("exactMatchOf", exact.getString("associationType"));
        assertEquals(uuid(tiny.competence("1.1")), id(exact, "originNodeURI"));
        assertEquals(uuid(next.competence("1.1")), id(exact, "destinationNodeURI"));
        assertEquals(BASE + "CFItems/" + uuid(next.competence("1.1")), exact.getJsonObject("destinationNodeURI").getString("uri"));
        assertEquals("replacedBy", crosswalk.get(1).getString("associationType"));
        assertEquals(uuid(next.area("1")), id(crosswalk.get(1), "destinationNodeURI"));
        assertEquals("isRelatedTo", crosswalk.get(2).getString("associationType"));

        JsonObject targetPackage = builder.cfPackage(next, List.of(mapping), key -> Optional.of(tiny));
        assertEquals(7, array(targetPackage, "CFAssociations").size(), "the target framework does not export the mapping");
    }

    @Test
    void findsASingleItemOrAssociationWithItsDocumentLink() {
        CasePackageBuilder builder = new CasePackageBuilder(BASE, Language.EN);
        UUID competence = tiny.competence("2.1").orElseThrow().getUuid();

        JsonObject item = builder.cfItem(tiny, competence).orElseThrow();
        assertEquals("Competence three", item.getString("fullStatement"));
        assertEquals(tiny.getUuid().toString(), id(item, "CFDocumentURI"));
        assertTrue(builder.cfItem(tiny, UUID.randomUUID()).isEmpty());

        UUID association = CasePackageBuilder.associationId(competence, "isChildOf", tiny.area("2").orElseThrow().getUuid());
        JsonObject found = builder.cfAssociation(tiny, List.of(), noOtherFramework, association).orElseThrow();
        assertEquals(association.toString(), found.getString("identifier"));
        assertEquals(tiny.getUuid().toString(), id(found, "CFDocumentURI"));

        JsonObject document = builder.cfDocument(tiny);
        assertEquals(BASE + "CFPackages/" + tiny.getUuid(), document.getJsonObject("CFPackageURI").getString("uri"));
        assertFalse(build(tiny, Language.EN).getJsonObject("CFDocument").containsKey("CFPackageURI"));
    }

    @Test
    void definesTheLicenceOnceAndLinksTheDocumentToIt() {
        JsonObject cfPackage = build(tiny, Language.EN);
        JsonObject license = array(cfPackage.getJsonObject("CFDefinitions"), "CFLicenses").get(0);

        assertEquals("CC BY 4.0", license.getString("title"));
        assertEquals(license.getString("identifier"), id(cfPackage.getJsonObject("CFDocument"), "licenseURI"));
        assertEquals(license, new CasePackageBuilder(BASE, Language.EN)
                .cfLicense(tiny, UUID.fromString(license.getString("identifier"))).orElseThrow());
    }

    private static String uuid(Optional<? extends FrameworkElement> element) {
        return element.orElseThrow().getUuid().toString();
    }
}
