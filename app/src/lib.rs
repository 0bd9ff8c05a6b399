pub mod screening;

pub fn x() {}
