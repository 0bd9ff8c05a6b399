pub fn x() {}

pub mod locator;
