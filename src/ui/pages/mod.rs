//! One component per screen.

mod answers;
mod cases;
mod directory;
mod kiosk;
mod question;
mod results;
mod welcome;

pub use answers::AnswersPage;
pub use cases::CasesPage;
pub use directory::DirectoryPage;
pub use kiosk::{KioskIdle, NeutralPage};
pub use question::{QuestionPage, Unanswered};
pub use results::ResultsPage;
pub use welcome::WelcomePage;
