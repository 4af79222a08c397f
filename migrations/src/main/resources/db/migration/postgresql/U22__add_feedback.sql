-- Undo V22 add_feedback.
DROP TABLE "feedback";
