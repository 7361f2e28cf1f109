from nf2_pkg import does_not_exist
