package se.kompetensgap.analysis;

import se.kompetensgap.model.RiskAssessment;
import se.kompetensgap.model.UnitInfo;

/** One unit's assessment of one category, with its comment, for the list on Riskanalys. */
public record RiskComment(UnitInfo unit, RiskAssessment assessment) {}
