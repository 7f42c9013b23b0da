package be.epn.campus.placement.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an answer returns: the placement after it, and the next item (absent once finished), in one round trip. */
@Schema(name = "AnswerOutcome")
public record AnswerDto(PlacementDto placement, @Schema(description = "Absent once the placement is finished") ItemDto next) {
}
