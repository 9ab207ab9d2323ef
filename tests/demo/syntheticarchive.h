#pragma once

#include <QString>

// A synthetic archive of any size, as the program would have written it: model i is
// "Lighthouse Style i" of type Types[i % 5] and base model Bases[i % 5], with
// (i * 7919) % 100000 downloads (all distinct), the unique trigger word "beacon_%05d"
// and a placeholder cover. The gallery benchmark and the 10,000-model browser tests share it,
// and the tests compute their expectations from the same rules.
namespace SyntheticArchive {

// Writes the archive folders into `folder` (created if needed). False with `error` set when a
// fixture cannot be read or a file cannot be written.
bool write(const QString &folder, int count, QString *error);

} // namespace SyntheticArchive
