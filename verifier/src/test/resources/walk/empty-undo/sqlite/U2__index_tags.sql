-- TODO: drop tags_label_idx
/* written later */

