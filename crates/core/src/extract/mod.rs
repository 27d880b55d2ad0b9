//! Deadline, target and legal-reference extraction from directive text.
