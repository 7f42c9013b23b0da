package be.epn.campus.curriculum.service;

import java.util.List;

/** A module found by search, and the documents of it where the words were found. */
public record ModuleSearchResult(ModuleSummary module, List<String> documents) {
}
