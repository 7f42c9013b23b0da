package be.epn.campus.framework.interop;

import static be.epn.campus.framework.interop.CaseUris.JSON;
import static be.epn.campus.framework.interop.CaseUris.addIfPresent;
import static be.epn.campus.framework.interop.CaseUris.dateTime;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkElement;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.platform.StableId;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a framework as 1EdTech CASE 1.1 JSON: the whole CFPackage, or one CFDocument, CFItem,
 * CFAssociation or CFLicense as the CASE REST endpoints return them. Areas, competences and levels become
 * CFItems whose identifiers are the elements' own UUIDs; the tree becomes {@code isChildOf} associations;
 * mapping entries from this framework become associations of their relation ({@code exactMatchOf},
 * {@code replacedBy}, ...) to the other framework's items. Association identifiers are name-based, so the
 * same framework always exports the same identifiers, whatever database it was loaded into.
 *
 * <p>Inside a package, items and associations carry no {@code CFDocumentURI} and the document no
 * {@code CFPackageURI}: the CASE package types leave them out, the single-object types require them.
 */
public final class CasePackageBuilder {

    public static final String ADOPTED = "Adopted";
    public static final String IS_CHILD_OF = "isChildOf";

    private final CaseUris uris;

    /**
     * @param caseBaseUri the absolute base of the CASE service, e.g. {@code https://host/api/ims/case/v1p1/}
     * @param language the language of every title and statement written
     */
    public CasePackageBuilder(URI caseBaseUri, Language language) {
        this.uris = new CaseUris(caseBaseUri, language);
    }

    /** The identifier of the association {@code origin type destination}: the same on every export. */
    public static UUID associationId(UUID origin, String associationType, UUID destination) {
        return StableId.of("case/association/" + origin + "/" + associationType + "/" + destination);
    }

    /** The CFLicense identifier of the framework's licence, shared by every framework under that licence. */
    public static Optional<UUID> licenseId(Framework framework) {
        return Optional.ofNullable(framework.getLicence()).filter(l -> !l.isBlank())
                .map(licence -> StableId.of("case/license/" + licence));
    }

    /**
     * The CFPackage: CFDocument, CFItems, CFAssociations and, when the framework names a licence,
     * CFDefinitions with its CFLicense.
     *
     * @param mappings mappings involving the framework; only those whose source it is are exported
     * @param frameworkByKey finds a mapping's target framework with its elements; a target it does not
     *        know, or a code gone from it, is left out rather than exported half-way
     */
    public JsonObject cfPackage(Framework framework, List<FrameworkMapping> mappings,
                                Function<String, Optional<Framework>> frameworkByKey) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        JsonArrayBuilder associations = JSON.createArrayBuilder();
        for (CaseNode node : CaseNode.of(framework)) {
            items.add(item(framework, node));
            associations.add(childOf(framework, node));
        }
        new CaseCrosswalk(uris).associations(framework, mappings, frameworkByKey).forEach(associations::add);
        JsonObjectBuilder cfPackage = JSON.createObjectBuilder()
                .add("CFDocument", document(framework))
                .add("CFItems", items)
                .add("CFAssociations", associations);
        licenseId(framework).ifPresent(id -> cfPackage.add("CFDefinitions", JSON.createObjectBuilder()
                .add("CFLicenses", JSON.createArrayBuilder().add(license(framework, id)))));
        return cfPackage.build();
    }

    /** The CFDocument as {@code GET /CFDocuments/{id}} returns it, with its CFPackageURI. */
    public JsonObject cfDocument(Framework framework) {
        return JSON.createObjectBuilder(document(framework))
                .add("CFPackageURI", uris.link(title(framework.getTitle()), framework.getUuid(), CaseUris.PACKAGES))
                .build();
    }

    /** The CFItem with that identifier as {@code GET /CFItems/{id}} returns it; empty if not in this framework. */
    public Optional<JsonObject> cfItem(Framework framework, UUID identifier) {
        return CaseNode.of(framework).stream()
                .filter(node -> node.element().getUuid().equals(identifier))
                .findFirst()
                .map(node -> withDocument(framework, item(framework, node)));
    }

    /** The CFAssociation with that identifier, with its CFDocumentURI; empty if this package has none. */
    public Optional<JsonObject> cfAssociation(Framework framework, List<FrameworkMapping> mappings,
                                              Function<String, Optional<Framework>> frameworkByKey, UUID identifier) {
        String wanted = identifier.toString();
        return cfPackage(framework, mappings, frameworkByKey).getJsonArray("CFAssociations")
                .getValuesAs(JsonObject.class).stream()
                .filter(association -> association.getString("identifier").equals(wanted))
                .findFirst()
                .map(association -> withDocument(framework, association));
    }

    /** The CFLicense with that identifier, if it is this framework's licence. */
    public Optional<JsonObject> cfLicense(Framework framework, UUID identifier) {
        return licenseId(framework).filter(identifier::equals).map(id -> license(framework, id));
    }

    private JsonObject document(Framework framework) {
        JsonObjectBuilder document = JSON.createObjectBuilder()
                .add("identifier", framework.getUuid().toString())
                .add("uri", uris.uri(CaseUris.DOCUMENTS, framework.getUuid()))
                .add("creator", framework.getPublisher())
                .add("title", title(framework.getTitle()))
                .add("lastChangeDateTime", dateTime(framework.getLoadedAt()));
        addIfPresent(document, "officialSourceURL", framework.getSourceUrl());
        addIfPresent(document, "publisher", framework.getPublisher());
        addIfPresent(document, "description", text(framework.getDescription()));
        document.add("language", uris.language().code());
        addIfPresent(document, "version", framework.getVersionLabel());
        document.add("adoptionStatus", ADOPTED);
        if (framework.getPublishedOn() != null) {
            document.add("statusStartDate", framework.getPublishedOn().toString());
        }
        licenseId(framework).ifPresent(id -> document.add("licenseURI",
                uris.link(framework.getLicence(), id, CaseUris.LICENSES)));
        // Where the French, Dutch and English wordings come from: the provenance a reader must see.
        addIfPresent(document, "notes", text(framework.getTitleSources()));
        return document.build();
    }

    private JsonObject item(Framework framework, CaseNode node) {
        FrameworkElement element = node.element();
        JsonObjectBuilder item = JSON.createObjectBuilder()
                .add("identifier", element.getUuid().toString())
                .add("uri", uris.uri(CaseUris.ITEMS, element.getUuid()))
                .add("fullStatement", title(element.getTitle()))
                .add("humanCodingScheme", node.code());
        addIfPresent(item, "notes", text(element.getDescription()));
        return item.add("language", uris.language().code())
                .add("CFItemType", node.itemType())
                .add("lastChangeDateTime", dateTime(framework.getLoadedAt()))
                .build();
    }

    private JsonObject childOf(Framework framework, CaseNode node) {
        FrameworkElement origin = node.element();
        JsonObject destination = node.parent() == null
                ? uris.link(title(framework.getTitle()), framework.getUuid(), CaseUris.DOCUMENTS)
                : uris.link(title(node.parent().getTitle()), node.parent().getUuid(), CaseUris.ITEMS);
        UUID identifier = associationId(origin.getUuid(), IS_CHILD_OF,
                UUID.fromString(destination.getString("identifier")));
        return JSON.createObjectBuilder()
                .add("identifier", identifier.toString())
                .add("uri", uris.uri(CaseUris.ASSOCIATIONS, identifier))
                .add("associationType", IS_CHILD_OF)
                .add("sequenceNumber", node.sequence())
                .add("originNodeURI", uris.link(title(origin.getTitle()), origin.getUuid(), CaseUris.ITEMS))
                .add("destinationNodeURI", destination)
                .add("lastChangeDateTime", dateTime(framework.getLoadedAt()))
                .build();
    }

    private JsonObject license(Framework framework, UUID identifier) {
        return JSON.createObjectBuilder()
                .add("identifier", identifier.toString())
                .add("uri", uris.uri(CaseUris.LICENSES, identifier))
                .add("title", framework.getLicence())
                .add("licenseText", framework.getLicence())
                .add("lastChangeDateTime", dateTime(framework.getLoadedAt()))
                .build();
    }

    private JsonObject withDocument(Framework framework, JsonObject packaged) {
        return JSON.createObjectBuilder(packaged)
                .add("CFDocumentURI", uris.link(title(framework.getTitle()), framework.getUuid(), CaseUris.DOCUMENTS))
                .build();
    }

    private String title(LocalizedText text) {
        String value = text(text);
        return value == null ? "" : value;
    }

    private String text(LocalizedText text) {
        return text == null ? null : text.in(uris.language());
    }
}
