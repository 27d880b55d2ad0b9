//! Calendar dates (`CivilDate`) and Russian date parsing helpers.
