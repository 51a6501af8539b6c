//! One component per screen.

mod question;
mod results;
mod welcome;

pub use question::QuestionPage;
pub use results::ResultsPage;
pub use welcome::WelcomePage;
