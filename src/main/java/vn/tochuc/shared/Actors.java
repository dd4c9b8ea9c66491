package vn.tochuc.shared;

/** Who is acting now. Implemented by the access module from the security context. */
public interface Actors {

    Actor current();
}
