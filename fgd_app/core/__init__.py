"""Pure domain rules and vocabulary: no storage, no Qt."""
