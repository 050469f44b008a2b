package studyguide.model;

import studyguide.problem.Position;

/** A value together with the place it was written, for values checked against the whole guide later. */
public record Located<T>(T value, Position position) {
}
