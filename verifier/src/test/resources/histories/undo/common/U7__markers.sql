-- nothing to undo yet
/* a block comment; with a semicolon */

